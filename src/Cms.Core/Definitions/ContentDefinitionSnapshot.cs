namespace Cms.Core.Definitions;

/// <summary>The definitions at one stored version (0: nothing stored yet).</summary>
public sealed record ContentDefinitionSnapshot(ContentDefinitionDocument Document, long Version);
