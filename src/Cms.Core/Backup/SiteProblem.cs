namespace Cms.Core.Backup;

/// <summary>One problem <c>verify</c> found: which check, the item it concerns (when one does) and what is wrong.</summary>
public sealed record SiteProblem(string Check, string? ContentItemId, string Message);
