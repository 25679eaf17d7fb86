using Cms.Core.Definitions;
using GraphQL.Types;

namespace Cms.GraphQL.Schema;

/// <summary>A schema built from one definitions version, the definitions it came from, and the types left out and why.</summary>
internal sealed record BuiltSchema(
    ISchema Schema, long Version, ContentDefinitionDocument Definitions, IReadOnlyDictionary<string, string> Excluded);
