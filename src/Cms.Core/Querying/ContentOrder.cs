namespace Cms.Core.Querying;

/// <summary>One ordering key. Ascending puts empty values first, descending last, on every provider.</summary>
public sealed record ContentOrder(ContentColumn Column, bool Descending = false);
