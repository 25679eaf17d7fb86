namespace Cms.GraphQL.Schema;

/// <summary>Paging arguments read at resolve time: <c>last</c> wins, else <c>skip</c> then <c>first</c>.</summary>
internal readonly record struct PageWindow(int First, int Last, int Skip)
{
    public IReadOnlyList<T> Apply<T>(IReadOnlyList<T> items) => Last > 0
        ? items.Skip(Math.Max(0, items.Count - Last)).ToList()
        : items.Skip(Skip).Take(First).ToList();
}
