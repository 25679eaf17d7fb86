using System.Net;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;

namespace Cms.Tests.GraphQL;

/// <summary>markdownBody { html } and MarkdownField html render through Core's renderer, sanitised unless the settings say otherwise.</summary>
public sealed class MarkdownHtmlTests : IAsyncLifetime
{
    private const string Markdown = "# Title\n\nSome *emphasis* <script>alert(1)</script>";
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync(ContentDefinitionDocument.FromJson("""
        {
          "ContentTypeDefinitionRecords": [
            { "Name": "Safe", "DisplayName": "Safe", "Settings": {},
              "ContentTypePartDefinitionRecords": [
                { "PartName": "MarkdownBodyPart", "Name": "MarkdownBodyPart", "Settings": {} },
                { "PartName": "Safe", "Name": "Safe", "Settings": {} } ] },
            { "Name": "Raw", "DisplayName": "Raw", "Settings": {},
              "ContentTypePartDefinitionRecords": [
                { "PartName": "MarkdownBodyPart", "Name": "MarkdownBodyPart",
                  "Settings": { "MarkdownBodyPartSettings": { "SanitizeHtml": false } } },
                { "PartName": "Raw", "Name": "Raw", "Settings": {} } ] }
          ],
          "ContentPartDefinitionRecords": [
            { "Name": "Safe", "ContentPartFieldDefinitionRecords": [ { "FieldName": "MarkdownField", "Name": "Notes", "Settings": {} } ] },
            { "Name": "Raw", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "MarkdownField", "Name": "Notes", "Settings": { "MarkdownFieldSettings": { "SanitizeHtml": false } } } ] }
          ]
        }
        """));
        foreach (var type in new[] { "Safe", "Raw" })
        {
            var item = new ContentItem { ContentType = type, DisplayText = type };
            item.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = Markdown;
            item.GetOrCreatePart(type)["Notes"] = new JsonObject { ["Markdown"] = Markdown };
            await _host.CreateAsync(item);
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task MarkdownBody_Default_IsRenderedAndSanitised()
    {
        var response = await _host.PostAsync("query { safe { markdownBody { markdown html } notes { markdown html } } }", GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var item = response.Data("safe")[0];
        foreach (var member in new[] { "markdownBody", "notes" })
        {
            var html = item.GetProperty(member).GetProperty("html").GetString()!;
            Assert.Contains("<h1", html, StringComparison.Ordinal);
            Assert.Contains("<em>emphasis</em>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("&lt;", html, StringComparison.Ordinal);
            Assert.Equal(Markdown, item.GetProperty(member).GetProperty("markdown").GetString());
        }
    }

    [Fact]
    public async Task MarkdownBody_SanitizeHtmlOff_KeepsTheMarkup()
    {
        var response = await _host.PostAsync("query { raw { markdownBody { html } notes { html } } }", GraphQLTestHost.Editor);

        var item = response.Data("raw")[0];
        Assert.Contains("<script>alert(1)</script>", item.GetProperty("markdownBody").GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", item.GetProperty("notes").GetProperty("html").GetString(), StringComparison.Ordinal);
    }
}
