using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.UserPickerField;

/// <summary>UserPickerField: <c>{ userIds }</c> (the users themselves need a User type, which does not exist yet).</summary>
internal sealed class UserPickerFieldGraph : ObjectFieldGraph
{
    public override string FieldName => "UserPickerField";

    protected override IEnumerable<FieldType> Members(SchemaBuildContext context) =>
    [
        Member("userIds", new ListGraphType(context.String),
            (resolve, field) => Paging.Apply(resolve, JsonValues.Strings(field.Value["UserIds"]), context.Options),
            Paging.Arguments(context), "user ids"),
    ];
}
