using Casus.Core.Actors;

namespace Casus.Extract.Lexicons;

/// <summary>A string that, found in text, names an actor directly or through a person who
/// speaks for one.</summary>
/// <param name="Actor">The actor named, or null when the form names only people.</param>
/// <param name="People">Indices into <see cref="ActorLexicon.People"/> of everyone the form may name
/// (leaders change, so the date picks one).</param>
/// <param name="Ambiguous">Marked <c>~</c> in the lexicon: counts only when the document also names
/// the actor unambiguously.</param>
public sealed record SurfaceForm(string Text, ActorId? Actor, IReadOnlyList<int> People, bool Ambiguous);
