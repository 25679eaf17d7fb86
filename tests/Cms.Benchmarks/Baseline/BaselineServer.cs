using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Cms.Benchmarks.Baseline;

/// <summary>
/// <c>baseline</c>: the practical ceiling for Q1 and Q2. A minimal ASP.NET Core program over the same SQLite
/// file: it reads the same GraphQL request body, runs one hand-written SQL query and writes the same JSON
/// shape with System.Text.Json. No GraphQL, no content model, no permissions.
/// </summary>
internal static class BaselineServer
{
    private const string NewestSql =
        "SELECT json_extract(d.Content, '$.DisplayText'), json_extract(d.Content, '$.AutoroutePart.Path'), " +
        "json_extract(d.Content, '$.Letter.SentDate.Value'), json_extract(d.Content, '$.Letter.Recipient.Text') " +
        "FROM DateFieldIndex f JOIN Documents d ON d.Id = f.DocumentId " +
        "WHERE f.ContentType = 'Letter' AND f.ContentPart = 'Letter' AND f.ContentField = 'SentDate' AND f.Published = 1 " +
        "ORDER BY f.Date DESC, f.DocumentId DESC LIMIT 20";

    private const string ByPathSql =
        "SELECT json_extract(d.Content, '$.DisplayText'), a.Path, json_extract(d.Content, '$.HtmlBodyPart.Html') " +
        "FROM AutoroutePartIndex a JOIN Documents d ON d.Id = a.DocumentId WHERE a.Path = @path AND a.Published = 1 LIMIT 1";

    public static async Task<int> RunAsync(BenchmarkArguments args)
    {
        var database = Path.Combine(Path.GetFullPath(args.Required("data")), "cms.db");
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = true,
        }.ToString();
        var builder = WebApplication.CreateSlimBuilder(["--urls", args.Required("urls")]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapGet("/health", () => "ok");
        app.MapPost("/q1", (HttpContext http) => NewestAsync(http, connectionString));
        app.MapPost("/q2", (HttpContext http) => ByPathAsync(http, connectionString));
        await app.RunAsync();
        return 0;
    }

    private static async Task NewestAsync(HttpContext http, string connectionString)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(http.RequestAborted);
        await using var command = connection.CreateCommand();
        command.CommandText = NewestSql;
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        http.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(http.Response.Body);
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteStartArray("letter");
        while (await reader.ReadAsync(http.RequestAborted))
        {
            writer.WriteStartObject();
            writer.WriteString("displayText", reader.GetString(0));
            writer.WriteString("path", reader.GetString(1));
            writer.WriteString("sentDate", reader.GetString(2));
            writer.WriteString("recipient", reader.GetString(3));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(http.RequestAborted);
    }

    private static async Task ByPathAsync(HttpContext http, string connectionString)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        var path = body.RootElement.GetProperty("variables").GetProperty("path").GetString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(http.RequestAborted);
        await using var command = connection.CreateCommand();
        command.CommandText = ByPathSql;
        command.Parameters.AddWithValue("@path", path);
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        http.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(http.Response.Body);
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteStartArray("letter");
        if (await reader.ReadAsync(http.RequestAborted))
        {
            writer.WriteStartObject();
            writer.WriteString("displayText", reader.GetString(0));
            writer.WriteString("path", reader.GetString(1));
            writer.WriteStartObject("htmlBody");
            writer.WriteString("html", reader.GetString(2));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(http.RequestAborted);
    }
}
