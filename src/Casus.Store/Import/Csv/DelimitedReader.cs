namespace Casus.Store.Import.Csv;

/// <summary>
/// Streams delimited rows (CSV or TSV) one line at a time, so memory stays constant whatever the
/// file size. Fields are exposed as spans into a reused buffer: the hot path (GDELT, millions of
/// rows) allocates one string per line and nothing per field. Quoted fields (RFC 4180: doubled
/// quotes, delimiters and newlines inside quotes) are handled when <c>quoted</c> is on; GDELT's TSV
/// is not quoted, so a stray quote there stays literal text.
/// </summary>
public sealed class DelimitedReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly bool _quoted;
    private int[] _starts = new int[64];
    private int[] _lengths = new int[64];
    private char[] _unquoted = new char[1024];
    private string _line = "";
    private bool _lineIsUnquoted;

    public DelimitedReader(TextReader reader, char delimiter, bool quoted)
    {
        _reader = reader;
        _delimiter = delimiter;
        _quoted = quoted;
    }

    /// <summary>Opens a file with a large buffer; UTF-8 with or without BOM.</summary>
    public static DelimitedReader Open(string path, char delimiter, bool quoted) =>
        new(new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true,
            new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan }), delimiter, quoted);

    /// <summary>Physical line number of the last row's first line (1-based), for error messages.</summary>
    public long LineNumber { get; private set; }

    public int FieldCount { get; private set; }

    /// <summary>Split at most this many fields; the rest of the line stays in the last one. GDELT rows
    /// have 58 columns and Casus needs the first 35 and the last: not splitting the middle saves time.</summary>
    public int MaxFields { get; set; } = int.MaxValue;

    /// <summary>The text after the line's last delimiter (GDELT's SOURCEURL), whatever <see cref="MaxFields"/> is.</summary>
    public ReadOnlySpan<char> LastField()
    {
        if (FieldCount == 0) return [];
        var last = this[FieldCount - 1];
        var at = last.LastIndexOf(_delimiter);
        return at < 0 ? last : last[(at + 1)..];
    }

    /// <summary>Bytes consumed from the underlying file (read-ahead included), for progress bars.</summary>
    public long Position => _reader is StreamReader { BaseStream.CanSeek: true } sr ? sr.BaseStream.Position : 0;

    /// <summary>Total bytes of the underlying file, 0 when unknown.</summary>
    public long Length => _reader is StreamReader { BaseStream.CanSeek: true } sr ? sr.BaseStream.Length : 0;

    public ReadOnlySpan<char> this[int index] => index < FieldCount
        ? (_lineIsUnquoted ? _unquoted.AsSpan(_starts[index], _lengths[index]) : _line.AsSpan(_starts[index], _lengths[index]))
        : [];

    public string GetString(int index) => this[index].ToString();

    /// <summary>Reads the next non-empty row; false at end of input.</summary>
    public bool Read()
    {
        while (true)
        {
            var line = _reader.ReadLine();
            if (line is null) return false;
            LineNumber++;
            if (line.Length == 0) continue;
            if (_quoted && line.Contains('"')) SplitQuoted(line);
            else SplitPlain(line);
            return true;
        }
    }

    private void SplitPlain(string line)
    {
        _line = line;
        _lineIsUnquoted = false;
        var count = 0;
        var start = 0;
        var delimiter = _delimiter;
        var limit = MaxFields - 1;
        // A plain loop beats IndexOf here: most fields are a few characters long.
        for (var i = 0; i < line.Length && count < limit; i++)
        {
            if (line[i] != delimiter) continue;
            Add(ref count, start, i - start);
            start = i + 1;
        }
        Add(ref count, start, line.Length - start);
        FieldCount = count;
    }

    private void SplitQuoted(string firstLine)
    {
        _lineIsUnquoted = true;
        var line = firstLine;
        var output = 0;
        var count = 0;
        var fieldStart = 0;
        var inQuotes = false;
        var i = 0;
        while (true)
        {
            if (i == line.Length)
            {
                if (!inQuotes) break;
                // A newline inside quotes belongs to the field: continue with the next physical line.
                var next = _reader.ReadLine();
                if (next is null) break;
                Append(ref output, '\n');
                line = next;
                i = 0;
                continue;
            }
            var c = line[i++];
            if (inQuotes)
            {
                if (c != '"') Append(ref output, c);
                else if (i < line.Length && line[i] == '"') { Append(ref output, '"'); i++; }
                else inQuotes = false;
            }
            else if (c == '"') inQuotes = true;
            else if (c == _delimiter) { Add(ref count, fieldStart, output - fieldStart); fieldStart = output; }
            else Append(ref output, c);
        }
        Add(ref count, fieldStart, output - fieldStart);
        FieldCount = count;
    }

    private void Append(ref int output, char c)
    {
        if (output == _unquoted.Length) Array.Resize(ref _unquoted, _unquoted.Length * 2);
        _unquoted[output++] = c;
    }

    private void Add(ref int count, int start, int length)
    {
        if (count == _starts.Length)
        {
            Array.Resize(ref _starts, count * 2);
            Array.Resize(ref _lengths, count * 2);
        }
        _starts[count] = start;
        _lengths[count] = length;
        count++;
    }

    public void Dispose() => _reader.Dispose();
}
