using Cms.Core.ContentModel;
using Cms.Core.Fields.HtmlField;
using Cms.Core.Indexing;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Fields;

public sealed class HtmlFieldKindTests
{
    private readonly HtmlFieldKind _kind = new();

    [Fact]
    public void Prepare_ScriptAndHandlers_AreRemoved()
    {
        var context = Field("HtmlField", "Body", """{ "Html": "<p onclick=\"x()\">Hi<script>alert(1)</script><a href=\"javascript:alert(1)\">l</a></p>" }""");

        _kind.Prepare(context);

        var html = context.Value!["Html"]!.GetValue<string>();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p>Hi", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_SanitizeHtmlOff_KeepsHtml()
    {
        const string Html = "<p onclick=\"x()\">Hi</p>";
        var context = Field("HtmlField", "Body", "{}", """{ "HtmlFieldSettings": { "SanitizeHtml": false } }""");
        context.Value!["Html"] = Html;

        _kind.Prepare(context);

        Assert.Equal(Html, context.Value!["Html"]!.GetValue<string>());
    }

    [Fact]
    public void Validate_HtmlIsObject_ReportsWrongType() =>
        Assert.Equal("/Letter/Body/Html", Assert.Single(Validate(_kind, Field("HtmlField", "Body", """{ "Html": {} }""")).Errors).Path);

    [Fact]
    public void Index_Html_AddsNoRows()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("HtmlField", "Body", """{ "Html": "<p>x</p>" }"""), entries);

        Assert.Empty(entries.FieldValues);
    }
}
