using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.Tests.ContentModel;

public sealed class ContentItemJsonTests
{
    [Fact]
    public void Serialize_Item_WritesMetadataInOrderThenParts()
    {
        var item = new ContentItem
        {
            ContentItemId = "id1",
            ContentItemVersionId = "v1",
            ContentType = "Letter",
            DisplayText = "Hi",
            Latest = true,
            ModifiedUtc = new DateTime(2025, 5, 22, 10, 0, 0, DateTimeKind.Utc),
            Author = "admin",
        };
        item.GetOrCreatePart("TitlePart")["Title"] = "Hi";

        var names = ContentItemJson.ToJsonObject(item).Select(p => p.Key);

        Assert.Equal(
            ["ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "ModifiedUtc",
             "PublishedUtc", "CreatedUtc", "Owner", "Author", "TitlePart"],
            names);
    }

    [Fact]
    public void Serialize_HtmlAndQuotes_EscapesOnlyWhatJsonRequires()
    {
        var item = new ContentItem { ContentItemId = "id1", ContentType = "Letter", DisplayText = "Tom & \"Jerry\" <3" };
        item.GetOrCreatePart("HtmlBodyPart")["Html"] = "<p>a 'b'</p>\n";

        var json = ContentItemJson.Serialize(item);

        Assert.Contains("\"DisplayText\":\"Tom & \\\"Jerry\\\" <3\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Html\":\"<p>a 'b'</p>\\n\"", json, StringComparison.Ordinal);
        Assert.Equal("<p>a 'b'</p>\n", ContentItemJson.Parse(json).GetPart("HtmlBodyPart")!["Html"]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_NullMetadata_IsWrittenAsNull()
    {
        var json = ContentItemJson.Serialize(new ContentItem { ContentItemId = "id1", ContentType = "Letter" });

        Assert.Contains("\"DisplayText\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"PublishedUtc\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"Owner\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Date_IsUtcRoundTrip() =>
        Assert.Contains("\"ModifiedUtc\":\"2025-05-22T10:00:00Z\"",
            ContentItemJson.Serialize(new ContentItem { ModifiedUtc = new DateTime(2025, 5, 22, 10, 0, 0, DateTimeKind.Utc) }),
            StringComparison.Ordinal);

    [Fact]
    public void Parse_MetadataNames_AreCaseSensitive()
    {
        var item = ContentItemJson.Parse("""{ "contentItemId": "x", "ContentType": "Letter", "displayText": "no" }""");

        Assert.Equal("", item.ContentItemId);
        Assert.Null(item.DisplayText);
        Assert.Equal("Letter", item.ContentType);
    }

    [Fact]
    public void Parse_TopLevelScalars_AreDropped()
    {
        var item = ContentItemJson.Parse("""{ "ContentType": "Letter", "Extra": 5, "Note": "x", "TitlePart": { "Title": "t" }, "Terms": [] }""");

        Assert.Equal(["TitlePart", "Terms"], item.Content.Select(p => p.Key));
    }

    [Fact]
    public void Parse_WrongTypedMetadata_IsNullOrFalse()
    {
        var item = ContentItemJson.Parse("""{ "ContentItemId": 5, "Latest": "yes", "Published": 1, "CreatedUtc": "not a date" }""");

        Assert.Equal("", item.ContentItemId);
        Assert.False(item.Latest);
        Assert.False(item.Published);
        Assert.Null(item.CreatedUtc);
    }

    [Fact]
    public void Parse_Serialize_RoundTripsParts()
    {
        const string Json = """{"ContentItemId":"a","ContentItemVersionId":"b","ContentType":"Letter","DisplayText":"T","Latest":true,"Published":false,"ModifiedUtc":null,"PublishedUtc":null,"CreatedUtc":"2025-05-22T10:00:00Z","Owner":null,"Author":null,"Letter":{"Recipient":{"Text":"x"}}}""";

        Assert.Equal(Json, ContentItemJson.Serialize(ContentItemJson.Parse(Json)));
    }

    [Fact]
    public void FromJsonObject_Parts_AreCopied()
    {
        var json = (JsonObject)JsonNode.Parse("""{ "ContentType": "Letter", "TitlePart": { "Title": "a" } }""")!;

        var item = ContentItemJson.FromJsonObject(json);
        item.GetPart("TitlePart")!["Title"] = "b";

        Assert.Equal("a", json["TitlePart"]!["Title"]!.GetValue<string>());
    }
}
