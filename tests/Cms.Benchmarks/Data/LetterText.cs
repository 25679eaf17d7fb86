using System.Globalization;
using System.Text;

namespace Cms.Benchmarks.Data;

/// <summary>
/// Plausible letter texts from a seeded random source: titles, summaries, recipients and ~3 KB HTML bodies.
/// One title pattern in twenty holds <see cref="SearchWord"/>, so a search for it matches about 5% of letters.
/// </summary>
internal sealed class LetterText
{
    public const string SearchWord = "reprisals";

    private static readonly string[] Recipients =
    [
        "Member States of the Human Rights Council", "the UN High Commissioner for Human Rights", "the President of the Human Rights Council",
        "the Special Rapporteur on human rights defenders", "the Third Committee of the General Assembly", "the European Union",
        "the African Commission on Human and Peoples' Rights", "the Minister of Foreign Affairs", "the UN Secretary-General",
        "the Committee against Torture", "the Permanent Mission to the United Nations in Geneva", "the Working Group on Business and Human Rights",
        "the Chair of the Commission on the Status of Women", "the Universal Periodic Review Working Group", "national human rights institutions",
    ];

    private static readonly string[] Issues =
    [
        "the protection of human rights defenders", "civic space", "freedom of expression online", "accountability for grave violations",
        "the rights of women human rights defenders", "arbitrary detention", "the independence of the judiciary", "a credible investigation",
        "the renewal of the mandate", "the participation of civil society", "the rights of LGBTI people", "business and human rights",
    ];

    private static readonly string[] TitlePatterns =
    [
        "Joint letter to {0} on {1}", "NGOs urge {0} to act on {1} in {2}", "Civil society calls on {0} to address {1}",
        "Open letter: {2} must end the crackdown on {1}", "Letter of 40 NGOs to {0} ahead of the session on {2}",
        "{2}: {0} must prioritise {1}", "Appeal to {0} regarding {1}",
        "End " + SearchWord + " against defenders who cooperate with the UN in {2}",
        "Joint NGO letter on the resolution on {2}", "Call for a strong outcome on {1} in {2}", "Recommendations to {0} on {1}",
        "Letter to {0}: protect defenders in {2}", "Support the mandate on {1}", "Civil society priorities for {0}",
        "{2}: time for {0} to act on {1}", "Concerns about {1} in {2}", "Ahead of the review of {2}, NGOs write to {0}",
        "Follow-up letter to {0} on {1}", "Statement of concern on {1} in {2}", "Urgent appeal to {0} on {2}",
    ];

    private static readonly string[] Sentences =
    [
        "We, the undersigned organisations, write to express our deep concern at the situation described below.",
        "Human rights defenders continue to face intimidation, harassment and arbitrary arrest for their peaceful work.",
        "The Council has a responsibility to respond to situations of gross and systematic violations of human rights.",
        "We urge your delegation to support a resolution that keeps the situation under close scrutiny.",
        "Civil society organisations must be able to engage with the United Nations safely and without fear.",
        "Independent monitoring and public reporting are essential to prevent further violations and to ensure accountability.",
        "Victims and their families have waited too long for truth, justice and reparation.",
        "The authorities should release all those detained solely for exercising their rights to freedom of expression and assembly.",
        "We call on States to speak out clearly, individually and jointly, during the interactive dialogue.",
        "Restrictive legislation on the registration and funding of associations has narrowed civic space considerably.",
        "Women human rights defenders face specific risks, including gender-based violence and smear campaigns.",
        "The mandate holders must be granted unhindered access to the country and to all places of detention.",
        "We stand ready to provide further information and to meet with your delegation at your convenience.",
        "Any resolution should request a comprehensive report, followed by an interactive dialogue with civil society participation.",
        "Thank you for your attention to these concerns; we look forward to your continued leadership.",
    ];

    private readonly Random _random;

    public LetterText(int seed)
    {
        _random = new Random(seed);
    }

    public int Next(int maxValue) => _random.Next(maxValue);

    public string Recipient() => Pick(Recipients);

    /// <summary>A title for letter number <paramref name="index"/>; index % 20 == 7 carries the search word.</summary>
    public string Title(int index, string country, DateOnly sent)
    {
        var pattern = TitlePatterns[index % TitlePatterns.Length];
        var title = string.Format(CultureInfo.InvariantCulture, pattern, Pick(Recipients), Pick(Issues), country);
        return $"{char.ToUpperInvariant(title[0])}{title[1..]} ({sent.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})";
    }

    public string Summary(string recipient, string country) =>
        $"A group of {10 + _random.Next(90)} NGOs wrote to {recipient} about {Pick(Issues)} in {country}. {Pick(Sentences)}";

    /// <summary>About 3 KB of HTML: headings, paragraphs and a list of recommendations.</summary>
    public string HtmlBody(string recipient)
    {
        var html = new StringBuilder(3400);
        html.Append("<p>Dear ").Append(recipient).Append(",</p>");
        var section = 0;
        while (html.Length < 2900)
        {
            html.Append("<h2>").Append(section++ == 0 ? "Background" : "Our concerns").Append("</h2><p>");
            for (var i = 0; i < 4; i++)
            {
                html.Append(Pick(Sentences)).Append(' ');
            }

            html.Append("</p><ul>");
            for (var i = 0; i < 3; i++)
            {
                html.Append("<li>").Append(Pick(Sentences)).Append("</li>");
            }

            html.Append("</ul>");
        }

        return html.Append("<p>Yours sincerely,</p>").ToString();
    }

    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
