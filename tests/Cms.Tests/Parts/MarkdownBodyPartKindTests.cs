using Cms.Core.Parts.MarkdownBodyPart;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Parts;

public sealed class MarkdownBodyPartKindTests
{
    [Fact]
    public void Validate_MarkdownIsObject_ReportsWrongType() =>
        Assert.Equal("/MarkdownBodyPart/Markdown",
            Assert.Single(Validate(new MarkdownBodyPartKind(), Part("MarkdownBodyPart", """{ "Markdown": {} }""")).Errors).Path);

    [Fact]
    public void Validate_Markdown_IsValid() =>
        Assert.True(Validate(new MarkdownBodyPartKind(), Part("MarkdownBodyPart", """{ "Markdown": "# Hi" }""")).IsValid);
}
