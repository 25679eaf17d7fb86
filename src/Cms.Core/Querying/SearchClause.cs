namespace Cms.Core.Querying;

/// <summary>Terms joined by OR (one term when none were), or one term to exclude (<c>-word</c>).</summary>
public sealed record SearchClause(IReadOnlyList<SearchTerm> Alternatives, bool Excluded);
