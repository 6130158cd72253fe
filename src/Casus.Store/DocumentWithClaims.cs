using Casus.Core.Claims;
using Casus.Core.Documents;

namespace Casus.Store;

/// <summary>One unit of atomic storage: a document and every claim drawn from it.</summary>
public sealed record DocumentWithClaims(Document Document, IReadOnlyList<TieClaim> Ties, IReadOnlyList<StateClaim> States);
