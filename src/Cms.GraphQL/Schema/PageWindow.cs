namespace Cms.GraphQL.Schema;

/// <summary>Paging arguments read at resolve time: <c>last</c> wins, else <c>skip</c> then <c>first</c>.</summary>
internal readonly record struct PageWindow(int First, int Last, int Skip)
{
    public IReadOnlyList<T> Apply<T>(IReadOnlyList<T> items)
    {
        if (Last > 0)
        {
            return Last >= items.Count ? items : items.Skip(items.Count - Last).ToList();
        }

        // The usual case, a short list under the page size, is the list itself.
        return Skip == 0 && First >= items.Count ? items : items.Skip(Skip).Take(First).ToList();
    }
}
