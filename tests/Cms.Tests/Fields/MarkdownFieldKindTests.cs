using Cms.Core.ContentModel;
using Cms.Core.Fields.MarkdownField;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Fields;

public sealed class MarkdownFieldKindTests
{
    private readonly IContentFieldKind _kind = new MarkdownFieldKind();

    [Fact]
    public void Validate_Markdown_IsValid() =>
        Assert.True(Validate(_kind, Field("MarkdownField", "Notes", """{ "Markdown": "# Hi" }""")).IsValid);

    [Fact]
    public void Validate_MarkdownIsArray_ReportsWrongType() =>
        Assert.Equal("/Letter/Notes/Markdown", Assert.Single(Validate(_kind, Field("MarkdownField", "Notes", """{ "Markdown": [] }""")).Errors).Path);

    [Fact]
    public void Prepare_Markdown_IsKeptAsWritten()
    {
        var context = Field("MarkdownField", "Notes", """{ "Markdown": "<script>x</script> *a*" }""");

        _kind.Prepare(context);

        Assert.Equal("<script>x</script> *a*", context.Value!["Markdown"]!.GetValue<string>());
    }
}
