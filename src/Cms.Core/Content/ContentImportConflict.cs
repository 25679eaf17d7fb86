namespace Cms.Core.Content;

/// <summary>
/// An imported item whose stored version on this site was modified after the imported copy: importing it would
/// replace that newer edit. <paramref name="Index"/> is the item's place in the import (its <c>data</c> index);
/// <paramref name="Resolution"/> is what the import did about it.
/// </summary>
public sealed record ContentImportConflict(
    int Index,
    string ContentItemId,
    string ContentType,
    string? DisplayText,
    string TargetVersionId,
    DateTime? TargetModifiedUtc,
    string? TargetAuthor,
    DateTime? ImportedModifiedUtc,
    ContentConflictMode Resolution)
{
    /// <summary>"Letter 'Title' (4abc…), modified here 2026-12-01T10:00:00Z by editor, imported copy from 2026-11-28T09:00:00Z".</summary>
    public string Describe() =>
        $"{ContentType} '{DisplayText}' ({ContentItemId}), modified here {Format(TargetModifiedUtc)} by {TargetAuthor ?? "(unknown)"}, " +
        $"imported copy from {Format(ImportedModifiedUtc)}";

    private static string Format(DateTime? utc) =>
        utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) ?? "(no date)";
}
