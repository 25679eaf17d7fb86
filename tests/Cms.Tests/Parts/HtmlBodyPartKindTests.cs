using Cms.Core.Parts.HtmlBodyPart;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Parts;

public sealed class HtmlBodyPartKindTests
{
    private readonly HtmlBodyPartKind _kind = new();

    [Fact]
    public void Prepare_DangerousHtml_IsSanitised()
    {
        var context = Part("HtmlBodyPart", """{ "Html": "<p onclick=\"steal()\">Text</p><script>alert(1)</script><a href=\"javascript:alert(1)\">x</a><a href=\"https://example.org\">ok</a>" }""");

        _kind.Prepare(context);

        var html = context.Part["Html"]!.GetValue<string>();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p>Text</p>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_QuillNumberedAndBulletedItems_StoresSemanticLists()
    {
        var context = Part("HtmlBodyPart", """{ "Html": "<ol><li data-list=\"ordered\">One</li></ol><ol><li data-list=\"bullet\">Dot</li></ol>" }""");

        _kind.Prepare(context);

        Assert.Equal("<ol><li>One</li></ol><ul><li>Dot</li></ul>", context.Part["Html"]!.GetValue<string>());
    }

    [Fact]
    public void Prepare_SanitizeHtmlOff_KeepsScript()
    {
        var context = Part("HtmlBodyPart", """{ "Html": "<script>alert(1)</script>" }""", """{ "HtmlBodyPartSettings": { "SanitizeHtml": false } }""");

        _kind.Prepare(context);

        Assert.Equal("<script>alert(1)</script>", context.Part["Html"]!.GetValue<string>());
    }

    [Fact]
    public void Validate_HtmlIsNumber_ReportsWrongType() =>
        Assert.Equal("/HtmlBodyPart/Html", Assert.Single(Validate(_kind, Part("HtmlBodyPart", """{ "Html": 1 }""")).Errors).Path);
}
