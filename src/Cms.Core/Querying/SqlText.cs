namespace Cms.Core.Querying;

/// <summary>A SQL statement and its parameters.</summary>
public sealed record SqlText(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
