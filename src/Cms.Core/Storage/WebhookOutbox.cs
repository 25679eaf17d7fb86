using System.Globalization;
using Cms.Core.ContentModel;
using Cms.Core.Webhooks;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Storage;

/// <summary>
/// The webhook outbox: rows written in the transaction of the change they report, then worked through by the delivery
/// service, each attempt recorded on its row (so the outbox is also the delivery log). Status writes keep the store's
/// version: a delivery changes no answer a reader may hold.
/// </summary>
public static class WebhookOutbox
{
    private const string Columns = "Id, DeliveryId, WebhookName, Event, ContentType, ContentItemId, ContentItemVersionId, OccurredUtc, " +
        "Status, Attempts, NextAttemptUtc, RetryFromUtc, LastAttemptUtc, ResponseCode, Error";

    private const int RowsPerStatement = 32;

    /// <summary>Queues one delivery per (webhook, event), due at once, inside the caller's transaction.</summary>
    public static async Task EnqueueAsync(WriteSession session, IReadOnlyList<(string Webhook, ContentEvent Event)> deliveries,
        CancellationToken cancellationToken)
    {
        foreach (var chunk in deliveries.Chunk(RowsPerStatement))
        {
            var parameters = new List<(string, object?)>();
            var values = chunk.Select((delivery, i) =>
            {
                var (webhook, e) = delivery;
                var occurred = DbValues.FromDate(e.OccurredUtc);
                parameters.AddRange([($"@d{i}", IdGenerator.NewId()), ($"@w{i}", webhook), ($"@e{i}", e.Event), ($"@t{i}", e.ContentType),
                    ($"@i{i}", e.ContentItemId), ($"@v{i}", e.ContentItemVersionId), ($"@o{i}", occurred)]);
                return $"(@d{i}, @w{i}, @e{i}, @t{i}, @i{i}, @v{i}, @o{i}, '{WebhookDelivery.Pending}', 0, @o{i}, @o{i})";
            });
            await session.ExecuteAsync(
                $"INSERT INTO {WebhookDeliveries} (DeliveryId, WebhookName, Event, ContentType, ContentItemId, ContentItemVersionId, " +
                $"OccurredUtc, Status, Attempts, NextAttemptUtc, RetryFromUtc) VALUES {string.Join(", ", values)}",
                parameters, cancellationToken);
        }
    }

    /// <summary>
    /// Pending deliveries due at <paramref name="nowUtc"/>, oldest first, at most <paramref name="perWebhook"/> of each
    /// webhook: a receiver with a long backlog cannot crowd the others out of a pass.
    /// </summary>
    public static async Task<IReadOnlyList<WebhookDelivery>> DueAsync(DocumentStore store, DateTime nowUtc, int perWebhook, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenReadSessionAsync(cancellationToken);
        return await SelectAsync(session,
            $"WHERE Id IN (SELECT Id FROM (SELECT Id, ROW_NUMBER() OVER (PARTITION BY WebhookName ORDER BY NextAttemptUtc, Id) AS Position " +
            $"FROM {WebhookDeliveries} WHERE Status = '{WebhookDelivery.Pending}' AND NextAttemptUtc <= @now) due WHERE due.Position <= @limit) " +
            "ORDER BY NextAttemptUtc, Id",
            [("@now", DbValues.FromDate(nowUtc)), ("@limit", perWebhook)], cancellationToken);
    }

    /// <summary>A webhook's deliveries, newest first: the admin's delivery log.</summary>
    public static Task<IReadOnlyList<WebhookDelivery>> ListAsync(SqlSession session, string webhook, int limit, CancellationToken cancellationToken) =>
        SelectAsync(session, "WHERE WebhookName = @name ORDER BY Id DESC LIMIT @limit", [("@name", webhook), ("@limit", limit)], cancellationToken);

    /// <summary>How many deliveries are in each status (for the benchmark and the admin's summary).</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountByStatusAsync(SqlSession session, CancellationToken cancellationToken) =>
        (await session.RowsAsync($"SELECT Status, COUNT(*) FROM {WebhookDeliveries} GROUP BY Status", [], cancellationToken))
            .ToDictionary(r => (string)r[0]!, r => Convert.ToInt32(r[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>
    /// Records attempts on their rows in one transaction: deliveries that finish together share a commit, so a burst of
    /// deliveries costs the store few writes, and publishing (which waits for the same write lock) is barely slowed.
    /// </summary>
    public static async Task RecordAttemptsAsync(DocumentStore store, IReadOnlyList<WebhookAttemptRecord> attempts, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenWriteSessionAsync(cancellationToken);
        session.KeepsStoreVersion = true;
        foreach (var attempt in attempts)
        {
            await session.ExecuteAsync(
                $"UPDATE {WebhookDeliveries} SET Status = @status, Attempts = Attempts + 1, LastAttemptUtc = @at, NextAttemptUtc = @next, " +
                "ResponseCode = @code, Error = @error WHERE Id = @id",
                [("@status", attempt.Status), ("@at", DbValues.FromDate(attempt.AttemptedUtc)), ("@next", DbValues.FromDate(attempt.NextAttemptUtc)),
                    ("@code", attempt.ResponseCode), ("@error", attempt.Error), ("@id", attempt.Id)],
                cancellationToken);
        }

        await session.CommitAsync(cancellationToken);
    }

    /// <summary>Sends a delivery again (same delivery id) from now, with a fresh retry window; false when there is no such row.</summary>
    public static async Task<bool> RedeliverAsync(WriteSession session, string webhook, long id, DateTime nowUtc, CancellationToken cancellationToken)
    {
        session.KeepsStoreVersion = true;
        var now = DbValues.FromDate(nowUtc);
        return await session.ExecuteAsync(
            $"UPDATE {WebhookDeliveries} SET Status = '{WebhookDelivery.Pending}', NextAttemptUtc = @now, RetryFromUtc = @now " +
            "WHERE Id = @id AND WebhookName = @name",
            [("@now", now), ("@id", id), ("@name", webhook)], cancellationToken) > 0;
    }

    private static async Task<IReadOnlyList<WebhookDelivery>> SelectAsync(SqlSession session, string where,
        IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        var rows = await session.RowsAsync($"SELECT {Columns} FROM {WebhookDeliveries} {where}", parameters, cancellationToken);
        return rows.Select(r => new WebhookDelivery(
            Convert.ToInt64(r[0], CultureInfo.InvariantCulture), (string)r[1]!, (string)r[2]!, (string)r[3]!, (string)r[4]!, (string)r[5]!,
            (string)r[6]!, DbValues.ToDate(r[7])!.Value, (string)r[8]!, Convert.ToInt32(r[9], CultureInfo.InvariantCulture),
            DbValues.ToDate(r[10])!.Value, DbValues.ToDate(r[11])!.Value, DbValues.ToDate(r[12]),
            r[13] is null ? null : Convert.ToInt32(r[13], CultureInfo.InvariantCulture), (string?)r[14])).ToList();
    }
}
