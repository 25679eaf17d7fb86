using System.Reflection;

namespace Cms.Core.ContentModel;

/// <summary>
/// The part and field kinds this CMS implements, by the names definitions use. A type may use a part we
/// do not implement (FlowPart, say): lookups return null and such parts are stored as JSON, unchecked.
/// </summary>
public sealed class ContentKindCatalog
{
    private readonly Dictionary<string, IContentPartKind> _parts;
    private readonly Dictionary<string, IContentFieldKind> _fields;

    public ContentKindCatalog(IEnumerable<IContentPartKind> parts, IEnumerable<IContentFieldKind> fields)
    {
        _parts = ByName(parts, p => p.Name);
        _fields = ByName(fields, f => f.Name);
    }

    /// <summary>
    /// Every kind in this assembly, found by its type: a kind is its folder (Parts/X or Fields/X), with no list
    /// elsewhere to update. Two kinds with one name stop the process at start-up.
    /// </summary>
    public static ContentKindCatalog Default { get; } = new(
        Discover<IContentPartKind>(typeof(ContentKindCatalog).Assembly),
        Discover<IContentFieldKind>(typeof(ContentKindCatalog).Assembly));

    public IEnumerable<IContentPartKind> Parts => _parts.Values;

    public IEnumerable<IContentFieldKind> Fields => _fields.Values;

    public IContentPartKind? FindPart(string name) => _parts.GetValueOrDefault(name);

    public IContentFieldKind? FindField(string name) => _fields.GetValueOrDefault(name);

    /// <summary>
    /// One instance of each concrete class of <paramref name="assembly"/> that implements <typeparamref name="T"/>,
    /// ordered by class name so lists built from them are stable. Each project finds its own per-kind classes this way.
    /// </summary>
    public static IReadOnlyList<T> Discover<T>(Assembly assembly)
        where T : class =>
        assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(T).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (T)(Activator.CreateInstance(t)
                ?? throw new InvalidOperationException($"The kind class {t.FullName} could not be created.")))
            .ToList();

    private static Dictionary<string, T> ByName<T>(IEnumerable<T> kinds, Func<T, string> name)
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            if (!byName.TryAdd(name(kind), kind))
            {
                throw new InvalidOperationException(
                    $"Two kinds are named '{name(kind)}': {byName[name(kind)]!.GetType().FullName} and {kind!.GetType().FullName}.");
            }
        }

        return byName;
    }
}
