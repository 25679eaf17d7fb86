using System.Text.Json;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace Cms.GraphQL.Persisted;

/// <summary>
/// Reads the manifests codegen tools emit for trusted documents: a flat object of id to query text (graphql-codegen's
/// client preset <c>persistedDocuments</c>, relay's persisted queries), or Apollo's persisted query list
/// (<c>"format": "apollo-persisted-query-manifest"</c>, version 1, <c>operations</c> of id, name, type and body).
/// An id shaped like a SHA-256 must be the hash of its text. Every problem is reported, each naming its entry.
/// </summary>
public static class PersistedQueryManifest
{
    private const string ApolloFormat = "apollo-persisted-query-manifest";

    public static (IReadOnlyList<PersistedQueryManifestEntry> Entries, IReadOnlyList<string> Errors) Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException exception)
        {
            return ([], [$"The manifest is not valid JSON: {exception.Message}"]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ([], ["The manifest must be a JSON object."]);
            }

            var entries = new List<PersistedQueryManifestEntry>();
            var errors = new List<string>();
            if (root.TryGetProperty("format", out var format))
            {
                ReadApollo(root, format, entries, errors);
            }
            else
            {
                ReadFlat(root, entries, errors);
            }

            return (entries, errors);
        }
    }

    private static void ReadFlat(JsonElement root, List<PersistedQueryManifestEntry> entries, List<string> errors)
    {
        foreach (var property in root.EnumerateObject())
        {
            var name = $"entry '{property.Name}'";
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                errors.Add($"{name}: the value must be the query text (a string).");
                continue;
            }

            Add(name, property.Name, property.Value.GetString()!, entries, errors);
        }
    }

    private static void ReadApollo(JsonElement root, JsonElement format, List<PersistedQueryManifestEntry> entries, List<string> errors)
    {
        if (format.ValueKind != JsonValueKind.String || format.GetString() != ApolloFormat)
        {
            errors.Add($"'format' must be \"{ApolloFormat}\" (or leave it out for a flat object of id to query text).");
            return;
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetRawText() != "1")
        {
            errors.Add("'version' must be 1: only version 1 of the Apollo persisted query manifest is read.");
            return;
        }

        if (!root.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
        {
            errors.Add("'operations' must be an array.");
            return;
        }

        var index = 0;
        foreach (var operation in operations.EnumerateArray())
        {
            var name = $"operations[{index++}]";
            string? Text(string member) => operation.ValueKind == JsonValueKind.Object && operation.TryGetProperty(member, out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var (id, body) = (Text("id"), Text("body"));
            if (id is null || body is null)
            {
                errors.Add($"{name}: needs an 'id' and a 'body' (strings).");
                continue;
            }

            var operationName = Text("name");
            Add(operationName is null ? $"{name} (id '{id}')" : $"{name} (id '{id}', name '{operationName}')", id, body, entries, errors);
        }
    }

    /// <summary>A syntax error found now is reported against its entry, not against a client at run time.</summary>
    private static string? SyntaxError(string query)
    {
        try
        {
            Parser.Parse(query);
            return null;
        }
        catch (GraphQLParserException exception)
        {
            return exception.Message;
        }
    }

    private static void Add(string name, string id, string query, List<PersistedQueryManifestEntry> entries, List<string> errors)
    {
        var key = PersistedQueryKey.Normalize(id);
        var hash = PersistedQueryKey.Hash(query);
        if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(query))
        {
            errors.Add($"{name}: the id and the query text must not be empty.");
        }
        else if (PersistedQueryKey.IsSha256(key) && key != hash)
        {
            errors.Add($"{name}: the query text's SHA-256 is {hash}, not the id: the manifest and its documents disagree.");
        }
        else if (SyntaxError(query) is { } syntax)
        {
            errors.Add($"{name}: the query text is not GraphQL: {syntax}");
        }
        else
        {
            entries.Add(new PersistedQueryManifestEntry(name, key == hash ? [key] : [key, hash], query));
        }
    }
}
