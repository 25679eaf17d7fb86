using System.Text.Json.Nodes;
using Cms.Core.Content;

namespace Cms.Tests.Content;

public sealed class ContentDefinitionImpactTests
{
    [Theory]
    [InlineData("""{ "Text": null }""", false)]
    [InlineData("""{ "Text": "" }""", false)]
    [InlineData("""{ "ContentItemIds": [] }""", false)]
    [InlineData("""{}""", false)]
    [InlineData("""{ "Text": "x" }""", true)]
    [InlineData("""{ "Value": 0 }""", true)]
    [InlineData("""{ "ContentItemIds": [ "a" ] }""", true)]
    public void HoldsValue_StoredFieldJson_IsTrueOnlyForAValue(string json, bool holds) =>
        Assert.Equal(holds, ContentDefinitionImpact.HoldsValue(JsonNode.Parse(json)));
}
