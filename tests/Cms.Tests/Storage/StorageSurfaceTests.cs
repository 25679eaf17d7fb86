using System.Reflection;
using Cms.Core.Content;
using Cms.Core.Storage;

namespace Cms.Tests.Storage;

/// <summary>SQL is written only inside Core's storage classes: no public member of Core or GraphQL takes SQL text.</summary>
public sealed class StorageSurfaceTests
{
    private static readonly string[] SqlParameterNames = ["sql", "condition", "orderBy"];

    [Fact]
    public void PublicApi_OfCoreAndGraphQL_TakesNoSqlText()
    {
        var assemblies = new[] { typeof(SqlSession).Assembly, Assembly.Load("Cms.GraphQL") };
        var offenders = assemblies
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !IsStorageInternals(t))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Concat<MethodBase>(t.GetConstructors())
                .Where(m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly)
                .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(string) && SqlParameterNames.Contains(p.Name)))
                .Select(m => $"{t.FullName}.{m.Name}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Public members that take SQL text: " + string.Join(", ", offenders));
    }

    /// <summary>
    /// The dialect and the pooled connection are the storage layer's own plumbing: they take SQL by design. The sessions
    /// everyone else holds are not exempt.
    /// </summary>
    private static bool IsStorageInternals(Type type) =>
        type.Namespace is { } name && name.StartsWith("Cms.Core.Storage", StringComparison.Ordinal)
        && !typeof(SqlSession).IsAssignableFrom(type) && type != typeof(DocumentStore);

    [Fact]
    public void ContentSession_WriteSessionBelow_IsNotPublic()
    {
        var storage = typeof(ContentSession).GetProperty("Storage", BindingFlags.Public | BindingFlags.Instance);

        Assert.Null(storage);
    }
}
