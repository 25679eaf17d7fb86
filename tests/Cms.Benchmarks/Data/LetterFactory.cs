using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.Benchmarks.Data;

/// <summary>
/// Builds Letters and Analysis items in the shape of recipes/ishr-schema.recipe.json: sent dates over ten
/// years, one to three topics, a country, one or two related analyses, a ~3 KB HTML body.
/// </summary>
internal sealed class LetterFactory
{
    public const string TopicsTaxonomyId = "31awv3frvtrkn8wyk4jvr92hth";
    public const string CountriesTaxonomyId = "1eama4rabcs5m1310wf9ygs6qg";

    private static readonly DateOnly FirstDate = new(2015, 1, 1);

    private static readonly string[] TopicTermIds =
    [
        "5zxscszdp70aq8401eezcbq9sz", "97asx6kf70g8a57haskd4tfp4k", "wyyfnxzgtkrnnm16svb4y7d0z0", "yd6055rhpthy33mzdq6xnma49b",
        "mca2jpd1ys8f2yqtqy467pvcve", "6rvjdcwbvawxmkb8a44w8hab69", "700tf64gpkabwd7x3a585j760f", "xewbf9hy333wvv4373p6ag2pnz",
        "v12hhqr4tjh376ch9syc38dw29", "vrm0c1zfth984j6pxqama0yse3", "bbz51k8a5a8vtrazaztssmw3bv", "2hybsswgttemhpnkrf2tvem5pd",
    ];

    private static readonly (string Id, string Name)[] Countries =
    [
        ("vrv1b2j39h2r0y1bbjnjyf5thx", "Syria"), ("f5sm76qph3hvr8vnnwfsqrq308", "Yemen"), ("83e8cy015g7hmxk1mtv5xjmqq6", "Burundi"),
        ("4r0qrrcsf7skemx9rsx28q7w61", "Myanmar"), ("h0p63vp3agkxyqrc2pzpgtp2gv", "South Sudan"), ("ftxpjs1nszgnz61hjn695f5v06", "Sri Lanka"),
        ("ww701zyrqtm37g3bbh3j774zcw", "North Korea"), ("qdppf5qhvg0kjk6w1j436e4v77", "United States"),
    ];

    private readonly LetterText _text;
    private readonly IReadOnlyList<string> _analysisIds;

    public LetterFactory(int seed, IReadOnlyList<string> analysisIds)
    {
        _text = new LetterText(seed);
        _analysisIds = analysisIds;
    }

    public static int DaysCovered => 3652;

    public ContentItem Letter(int index)
    {
        var sent = FirstDate.AddDays(_text.Next(DaysCovered));
        var country = Countries[_text.Next(Countries.Length)];
        var recipient = _text.Recipient();
        var title = _text.Title(index, country.Name, sent);
        var item = NewItem("Letter", title, sent);
        item.GetOrCreatePart("AutoroutePart")["Path"] = $"letters/{LetterText.Slug(title)}-{index}";
        item.Content["Letter"] = new JsonObject
        {
            ["Summary"] = new JsonObject { ["Text"] = _text.Summary(recipient, country.Name) },
            ["Recipient"] = new JsonObject { ["Text"] = recipient },
            ["SentDate"] = new JsonObject { ["Value"] = sent.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            ["SignatoryCount"] = new JsonObject { ["Value"] = 2 + _text.Next(120) },
            ["RelatedAnalysis"] = new JsonObject { ["ContentItemIds"] = Ids(_analysisIds, 1 + _text.Next(2)) },
            ["Topics"] = Terms(TopicsTaxonomyId, Ids(TopicTermIds, 1 + _text.Next(3))),
            ["Countries"] = Terms(CountriesTaxonomyId, new JsonArray(country.Id)),
            ["Image"] = new JsonObject { ["Paths"] = new JsonArray(), ["MediaTexts"] = new JsonArray() },
        };
        item.Content["HtmlBodyPart"] = new JsonObject { ["Html"] = _text.HtmlBody(recipient) };
        item.Content["Signatories"] = new JsonObject();
        return item;
    }

    /// <summary>Puts <paramref name="letter"/> in a localization set of its own, in English.</summary>
    public static void MarkEnglish(ContentItem letter) =>
        letter.Content["LocalizationPart"] = new JsonObject { ["LocalizationSet"] = IdGenerator.NewId(), ["Culture"] = "en" };

    /// <summary>A French translation of an English letter (see <see cref="MarkEnglish"/>): same set and path, its own id and title.</summary>
    public static ContentItem FrenchTranslation(ContentItem letter)
    {
        var translation = letter.Clone();
        translation.ContentItemId = IdGenerator.NewId();
        translation.ContentItemVersionId = "";
        translation.DisplayText = "Lettre : " + letter.DisplayText;
        translation.GetOrCreatePart("TitlePart")["Title"] = translation.DisplayText;
        translation.GetOrCreatePart("LocalizationPart")["Culture"] = "fr";
        return translation;
    }

    public ContentItem Analysis(int index)
    {
        var published = FirstDate.AddDays(_text.Next(DaysCovered));
        var title = $"Analysis {index + 1}: what the session meant for {Countries[index % Countries.Length].Name}";
        var item = NewItem("Analysis", title, published);
        item.GetOrCreatePart("AutoroutePart")["Path"] = $"analysis/{LetterText.Slug(title)}";
        item.Content["Analysis"] = new JsonObject
        {
            ["Summary"] = new JsonObject { ["Text"] = _text.Summary(_text.Recipient(), Countries[index % Countries.Length].Name) },
            ["Authors"] = new JsonObject { ["Text"] = "ISHR" },
            ["PublicationDate"] = new JsonObject { ["Value"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            ["Topics"] = Terms(TopicsTaxonomyId, Ids(TopicTermIds, 1)),
            ["Countries"] = Terms(CountriesTaxonomyId, new JsonArray(Countries[index % Countries.Length].Id)),
            ["RelatedLetters"] = new JsonObject { ["ContentItemIds"] = new JsonArray() },
            ["Image"] = new JsonObject { ["Paths"] = new JsonArray(), ["MediaTexts"] = new JsonArray() },
        };
        item.Content["HtmlBodyPart"] = new JsonObject { ["Html"] = "<h2>Summary</h2><p>" + _text.Summary("the Council", "Geneva") + "</p>" };
        return item;
    }

    private static ContentItem NewItem(string type, string title, DateOnly date)
    {
        var item = new ContentItem
        {
            ContentItemId = IdGenerator.NewId(),
            ContentType = type,
            DisplayText = title,
            CreatedUtc = date.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
        };
        item.GetOrCreatePart("TitlePart")["Title"] = title;
        return item;
    }

    private static JsonObject Terms(string taxonomyId, JsonArray termIds) =>
        new() { ["TaxonomyContentItemId"] = taxonomyId, ["TermContentItemIds"] = termIds };

    private JsonArray Ids(IReadOnlyList<string> pool, int count)
    {
        var array = new JsonArray();
        var start = _text.Next(pool.Count);
        for (var i = 0; i < Math.Min(count, pool.Count); i++)
        {
            array.Add(pool[(start + i) % pool.Count]);
        }

        return array;
    }
}
