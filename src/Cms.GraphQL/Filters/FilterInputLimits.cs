using System.Collections;
using Cms.GraphQL.Limits;
using GraphQL;

namespace Cms.GraphQL.Filters;

/// <summary>
/// The size limits of one value in a <c>where</c> argument (<see cref="GraphQLOptions.MaxFilterStringLength"/>,
/// <see cref="GraphQLOptions.MaxFilterListLength"/>): a value over them is an argument error naming its path
/// (<c>where.OR[1].displayText_contains</c>), raised before any SQL is built.
/// </summary>
internal sealed record FilterInputLimits(int MaxStringLength, int MaxListLength, string FieldName)
{
    public static FilterInputLimits From(GraphQLOptions options, string fieldName) =>
        new(options.MaxFilterStringLength, options.MaxFilterListLength, fieldName);

    /// <summary>Returns <paramref name="value"/> when it is within the limits; throws an <see cref="ExecutionError"/> otherwise.</summary>
    public object? Check(object? value, string path)
    {
        switch (value)
        {
            case string text:
                CheckString(text, path);
                break;
            case IEnumerable list:
                var items = list.Cast<object?>().ToList();
                if (items.Count > MaxListLength)
                {
                    throw Error(path, $"holds {items.Count:N0} values; the limit is {MaxListLength:N0} ({GraphQLOptions.SectionName}:MaxFilterListLength)");
                }

                for (var index = 0; index < items.Count; index++)
                {
                    if (items[index] is string item)
                    {
                        CheckString(item, $"{path}[{index}]");
                    }
                }

                break;
        }

        return value;
    }

    private void CheckString(string text, string path)
    {
        if (text.Length > MaxStringLength)
        {
            throw Error(path, $"is {text.Length:N0} characters long; the limit is {MaxStringLength:N0} ({GraphQLOptions.SectionName}:MaxFilterStringLength)");
        }
    }

    private ExecutionError Error(string path, string problem) =>
        new($"The argument '{path}' of '{FieldName}' {problem}.") { Code = "ARGUMENT_INPUT_ERROR" };
}
