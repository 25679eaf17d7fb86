namespace Cms.GraphQL.Persisted;

/// <summary>
/// One operation of a manifest: where it sits (for messages), the keys it is found by (its id, and its text's SHA-256
/// when the id is something else) and its text.
/// </summary>
public sealed record PersistedQueryManifestEntry(string Name, IReadOnlyList<string> Keys, string Query);
