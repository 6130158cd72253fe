using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Casus.Core;
using Casus.Store.Import.Atop;
using Casus.Store.Import.Codes;
using Casus.Store.Import.Cow;
using Casus.Store.Import.Csv;
using Casus.Store.Import.Gdelt;

namespace Casus.Store.Import;

/// <summary>
/// An opened dataset file: the document stream plus the checkpoint key that identifies its content
/// (kind, size and a hash of its head and tail — so a renamed copy resumes, an edited file does not).
/// </summary>
public sealed class DatasetFile : IDisposable
{
    private readonly IDisposable _reader;

    private DatasetFile(string path, DatasetKind kind, IDocumentSource source, IDisposable reader, string key)
    {
        Path = path;
        Kind = kind;
        Source = source;
        _reader = reader;
        CheckpointKey = key;
    }

    public string Path { get; }
    public DatasetKind Kind { get; }
    public IDocumentSource Source { get; }
    public string CheckpointKey { get; }

    /// <summary>Opens a file for import; bad paths and unrecognised layouts throw <see cref="InputException"/>.</summary>
    public static DatasetFile Open(DatasetKind kind, string path, ActorCodeMap codes, CameoTieMap cameo, string dataVersion)
    {
        if (Directory.Exists(path)) throw new InputException($"{path}: is a folder; give the dataset file");
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        var name = System.IO.Path.GetFileName(path);
        var length = new FileInfo(path).Length;
        if (length == 0) throw new InputException($"{path}: empty file");
        var key = $"{kind.ToString().ToLowerInvariant()}:{Fingerprint(path, length)}";
        var extractor = "import:" + kind.ToString().ToLowerInvariant();
        if (kind == DatasetKind.Gdelt)
        {
            var text = new StreamReader(path, Encoding.UTF8, true, new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan });
            try
            {
                return new DatasetFile(path, kind, new GdeltReader(text, length, codes, cameo, name, extractor, dataVersion), text, key);
            }
            catch { text.Dispose(); throw; }
        }
        var csv = DelimitedReader.Open(path, ',', quoted: true);
        try
        {
            IAllianceSource alliances = kind == DatasetKind.Cow ? new CowAllianceReader(csv, codes, name) : new AtopReader(csv, codes, name);
            return new DatasetFile(path, kind, new AllianceDocumentSource(alliances, length, extractor, dataVersion), csv, key);
        }
        catch { csv.Dispose(); throw; }
    }

    private static string Fingerprint(string path, long length)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[(int)Math.Min(length, 1 << 20)];
        stream.ReadExactly(head);
        var tail = new byte[(int)Math.Min(length, 1 << 16)];
        stream.Seek(-tail.Length, SeekOrigin.End);
        stream.ReadExactly(tail);
        var hash = SHA256.HashData([.. head, .. tail]);
        return string.Create(CultureInfo.InvariantCulture, $"{length}:{Convert.ToHexStringLower(hash.AsSpan(0, 12))}");
    }

    public void Dispose() => _reader.Dispose();
}
