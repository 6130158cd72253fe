using Casus.Core.Actors;

namespace Casus.Extract.Lexicons;

/// <summary>
/// Every actor and spokesperson the extractor knows, with the surface forms that name them.
/// Immutable once built; safe to share between threads.
/// </summary>
public sealed class ActorLexicon
{
    private readonly Dictionary<ActorId, Actor> _byId;
    private readonly Dictionary<string, ActorId> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> _peopleByName = new(StringComparer.OrdinalIgnoreCase);
    // People from this index on (the field's dictionaries, petrarch-people.tsv) speak for an actor
    // only while their dated role lasts: thousands of officials who left office decades ago must
    // not speak for their old state in today's news, as a curated former leader may.
    private readonly int _strictPeopleFrom;

    public ActorLexicon(IReadOnlyList<Actor> actors, IReadOnlyList<Spokesperson> people, string version,
        IReadOnlyCollection<string>? ambiguousAliases = null, IReadOnlyCollection<string>? nonActors = null,
        int strictPeopleFrom = int.MaxValue)
    {
        Actors = actors;
        _strictPeopleFrom = strictPeopleFrom;
        People = people;
        Version = version;
        _byId = actors.ToDictionary(a => a.Id);
        var ambiguous = new HashSet<string>(ambiguousAliases ?? [], StringComparer.Ordinal);
        var forms = new Dictionary<string, (ActorId? Actor, List<int> People, bool Ambiguous)>(StringComparer.Ordinal);

        foreach (var actor in actors)
        {
            _byName.TryAdd(actor.Id.Value, actor.Id);
            foreach (var name in actor.Aliases.Prepend(actor.Name))
            {
                foreach (var variant in ApostropheVariants(name))
                {
                    _byName.TryAdd(variant, actor.Id);
                    if (!forms.ContainsKey(variant)) forms[variant] = (actor.Id, [], ambiguous.Contains(name));
                }
            }
        }
        for (var i = 0; i < people.Count; i++)
        {
            foreach (var name in people[i].Aliases.Prepend(people[i].Name))
            {
                foreach (var variant in ApostropheVariants(name))
                {
                    if (!_peopleByName.TryGetValue(variant, out var list)) _peopleByName[variant] = list = [];
                    if (!list.Contains(i)) list.Add(i);
                    if (!forms.TryGetValue(variant, out var form)) forms[variant] = form = (null, [], false);
                    if (!form.People.Contains(i)) form.People.Add(i);
                }
            }
        }
        // A non-actor form names nobody; as the longer match it hides the actor name inside it.
        foreach (var name in nonActors ?? [])
            foreach (var variant in ApostropheVariants(name))
                forms.TryAdd(variant, (null, [], false));
        SurfaceForms = forms.Select(f => new SurfaceForm(f.Key, f.Value.Actor, f.Value.People, f.Value.Ambiguous)).ToList();
    }

    public IReadOnlyList<Actor> Actors { get; }
    public IReadOnlyList<Spokesperson> People { get; }

    /// <summary>Office phrases that, next to a state's name, are the state speaking ("Iran's foreign minister").</summary>
    public OfficeLexicon Offices { get; init; } = OfficeLexicon.Empty;
    public string Version { get; }

    /// <summary>Every string the alias spotter looks for (names, aliases, people; both apostrophes).</summary>
    public IReadOnlyList<SurfaceForm> SurfaceForms { get; }

    public Actor? Find(ActorId id) => _byId.GetValueOrDefault(id);

    /// <summary>Whether the id names a bloc or an organisation (a membership target).</summary>
    public bool IsBloc(ActorId id) => Find(id)?.Kind.IsCollective() == true;

    /// <summary>The actor named by an id, name, alias or person (case-insensitive); a person
    /// resolves to the actor they speak for on <paramref name="asOf"/> (default: latest).</summary>
    public Actor? Resolve(string nameOrAlias, DateOnly? asOf = null)
    {
        var key = nameOrAlias.Trim().TrimStart('~');
        if (_byName.TryGetValue(key, out var id)) return _byId[id];
        if (_peopleByName.TryGetValue(key, out var people) && SpeakerFor(people, asOf) is { } speaker)
            return _byId.GetValueOrDefault(speaker.SpeaksFor);
        return null;
    }

    /// <summary>Among people sharing a name, the one active on the date; failing that the one
    /// whose term ended last before it (a former leader still speaks of his old side; not for the
    /// dictionary's people, who count only on the dates of their roles).</summary>
    public Spokesperson? SpeakerFor(IReadOnlyList<int> candidates, DateOnly? asOf)
    {
        Spokesperson? best = null;
        foreach (var index in candidates)
        {
            var person = People[index];
            if (asOf is null || person.ActiveOn(asOf.Value))
            {
                if (best is null || (person.From ?? DateOnly.MinValue) > (best.From ?? DateOnly.MinValue)) best = person;
            }
        }
        if (best is not null || asOf is null) return best;
        return candidates.Where(i => i < _strictPeopleFrom).Select(i => People[i]).Where(p => p.From is null || p.From <= asOf)
                         .OrderByDescending(p => p.Until ?? DateOnly.MaxValue).FirstOrDefault();
    }

    internal static IEnumerable<string> ApostropheVariants(string name)
    {
        yield return name;
        if (name.Contains('\'')) yield return name.Replace('\'', '’');
        else if (name.Contains('’')) yield return name.Replace('’', '\'');
    }
}
