using Casus.Core.Data;
using Casus.Core;
using Casus.Core.Actors;

namespace Casus.Extract.Lexicons;

/// <summary>Everything the extractor needs, parsed from the files under <c>data/lexicon/</c>.</summary>
public sealed class ExtractionLexicons
{
    public const string StatesFile = "states.tsv";
    public const string GroupsFile = "groups.tsv";
    public const string PeopleFile = "people.tsv";
    public const string CuesFile = "cues.tsv";
    public const string ModalityFile = "modality.tsv";
    public const string NonActorsFile = "non-actors.tsv";
    /// <summary>Generated from the PETRARCH2/Phoenix dictionaries by scripts/convert-petrarch.py.</summary>
    public const string DictionaryPeopleFile = "petrarch-people.tsv";
    public const string DictionaryOfficesFile = "petrarch-offices.tsv";
    public const string DictionaryVerbsFile = "petrarch-verbs.tsv";

    private ExtractionLexicons(ActorLexicon actors, CueLexicon cues, ModalityLexicon modality, string version)
    {
        Actors = actors;
        Cues = cues;
        Modality = modality;
        Version = version;
        Words = new WordVocabulary(cues.Matcher.FoldedKeys.Concat(modality.Matcher.FoldedKeys));
        cues.Matcher.Bind(Words);
        modality.Matcher.Bind(Words);
    }

    public ActorLexicon Actors { get; }
    public CueLexicon Cues { get; }
    public ModalityLexicon Modality { get; }
    public string Version { get; }
    /// <summary>Tie types the dictionary cues name that this build does not model yet (their cues are unused).</summary>
    public IReadOnlySet<string> SkippedDictionaryTieTypes { get; private init; } = new HashSet<string>();
    /// <summary>Folded first words of the cue and modality patterns, shared by both matchers.</summary>
    public WordVocabulary Words { get; }

    /// <summary>Parses the lexicon files, keyed by file name (<c>"states.tsv"</c>, …). Missing actor
    /// or people files count as empty; missing cue or modality files are an error.</summary>
    public static ExtractionLexicons Parse(IReadOnlyDictionary<string, string> files, string version)
    {
        var actorRows = new List<ActorTsv.ActorRow>();
        foreach (var file in new[] { StatesFile, GroupsFile })
            if (files.TryGetValue(file, out var text)) actorRows.AddRange(ActorTsv.ReadActors(file, text));

        var ids = new HashSet<ActorId>();
        foreach (var row in actorRows)
            if (!ids.Add(row.Actor.Id)) throw row.Row.Error($"duplicate actor id '{row.Actor.Id}'");
        foreach (var row in actorRows)
            foreach (var parent in row.Actor.PartOf)
                if (!ids.Contains(parent)) throw row.Row.Error($"actor '{row.Actor.Id}' is part of unknown actor '{parent}'");

        var people = new List<Spokesperson>();
        if (files.TryGetValue(PeopleFile, out var peopleText))
        {
            foreach (var (person, row) in ActorTsv.ReadPeople(PeopleFile, peopleText))
            {
                if (!ids.Contains(person.SpeaksFor)) throw row.Error($"person '{person.Name}' speaks for unknown actor '{person.SpeaksFor}'");
                people.Add(person);
            }
        }

        // The field's dictionaries come after the curated people: on a shared name the curated row
        // is met first, and the dictionary's people are held to the dates of their roles.
        var strictFrom = people.Count;
        if (files.TryGetValue(DictionaryPeopleFile, out var dictionaryPeople))
        {
            foreach (var (person, row) in ActorTsv.ReadPeople(DictionaryPeopleFile, dictionaryPeople))
            {
                if (!ids.Contains(person.SpeaksFor)) throw row.Error($"person '{person.Name}' speaks for unknown actor '{person.SpeaksFor}'");
                people.Add(person);
            }
        }

        // Names that contain an actor's name but are not the actor ("France 24" is a broadcaster).
        var nonActors = files.TryGetValue(NonActorsFile, out var nonActorText)
            ? TsvRow.Read(NonActorsFile, nonActorText, 1, 3).Select(r => r.Cell(0)).ToList()
            : [];
        // cues.tsv plus any cues-*.tsv beside it (cues-news.tsv: the wordings news reports use), read
        // as one list in file-name order so a file can be reviewed on its own.
        var cueFiles = new List<(string, string)> { (CuesFile, Required(files, CuesFile)) };
        cueFiles.AddRange(files.Where(f => f.Key.StartsWith("cues-", StringComparison.Ordinal) && f.Key.EndsWith(".tsv", StringComparison.Ordinal))
            .OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value)));
        var ownCues = CueLexicon.ParseEntries(cueFiles);
        var unknownTypes = new SortedSet<string>(StringComparer.Ordinal);
        var cueFirstWords = DictionaryCues.FirstWords(ownCues);
        var offices = files.TryGetValue(DictionaryOfficesFile, out var officeText)
            ? OfficeLexicon.Parse(DictionaryOfficesFile, officeText,
                ownCues.Where(c => c.Kind is CueKind.Tie or CueKind.State or CueKind.Clause).Select(c => c.Pattern))
            : OfficeLexicon.Empty;
        var actors = new ActorLexicon(actorRows.Select(r => r.Actor).ToList(), people, version,
            actorRows.SelectMany(r => r.AmbiguousAliases).ToList(), nonActors, strictFrom) { Offices = offices };
        var cues = new CueLexicon(files.TryGetValue(DictionaryVerbsFile, out var verbText)
            ? DictionaryCues.Merge(ownCues, CueLexicon.ParseEntries(DictionaryVerbsFile, verbText, unknownTypes), cueFirstWords)
            : ownCues);

        var modality = ModalityLexicon.Parse(ModalityFile, Required(files, ModalityFile));
        return new ExtractionLexicons(actors, cues, modality, version) { SkippedDictionaryTieTypes = unknownTypes };
    }

    /// <summary>Reads every lexicon file from a directory (<c>data/lexicon</c>).</summary>
    public static ExtractionLexicons Load(string directory, string version)
    {
        if (!Directory.Exists(directory)) throw new InputException($"lexicon directory '{directory}' not found");
        var files = Directory.EnumerateFiles(directory, "*.tsv")
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);
        return Parse(files, version);
    }

    private static string Required(IReadOnlyDictionary<string, string> files, string name) =>
        files.TryGetValue(name, out var text) ? text : throw new InputException($"lexicon file '{name}' is missing");
}
