namespace Cms.Core.Querying;

/// <summary>The parameters of one statement, named in the order they are added.</summary>
internal sealed class SqlParameters
{
    private readonly List<(string Name, object? Value)> _values = [];

    public IReadOnlyList<(string Name, object? Value)> Values => _values;

    public string Add(object? value)
    {
        var name = $"@p{_values.Count}";
        _values.Add((name, value));
        return name;
    }
}
