namespace Cms.Core.Storage;

/// <summary>One row of the document table: a JSON document with its concurrency version.</summary>
public sealed record StoredDocument(long Id, string Type, string? Key, string Content, long Version);
