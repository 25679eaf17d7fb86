using System.Data.Common;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Storage;

/// <summary>
/// The versioned schema, applied at start-up in order inside one transaction. Append new versions;
/// never edit a version that has shipped.
/// </summary>
public static class SchemaMigrations
{
    private const string Flags = "Published INTEGER NOT NULL, Latest INTEGER NOT NULL";

    public static IReadOnlyList<string[]> Versions(ISqlDialect dialect) =>
    [
        Version1(dialect),
        Version2(),
        Version3(),
        Version4(),
        Version5(),
        ScheduledPublishing(),
        Webhooks(dialect),
        LocalizationIndexes(),
        SearchIndexes(dialect),
    ];

    public static int Latest(ISqlDialect dialect) => Versions(dialect).Count;

    private static string[] Version1(ISqlDialect dialect)
    {
        string FieldTable(string table, string column, string type) =>
            $"CREATE TABLE {table} (DocumentId INTEGER NOT NULL REFERENCES {Documents}(Id) ON DELETE CASCADE, " +
            $"ContentItemId TEXT NOT NULL, ContentType TEXT NOT NULL, ContentPart TEXT NOT NULL, ContentField TEXT NOT NULL, " +
            $"{Flags}, {column} {type} NULL)";

        string FieldIndexes(string table, string column) =>
            $"CREATE INDEX IX_{table}_Value ON {table} (ContentType, ContentPart, ContentField, {column}, DocumentId); " +
            $"CREATE INDEX IX_{table}_Document ON {table} (DocumentId)";

        var statements = new List<string>
        {
            $"CREATE TABLE {Documents} (Id {dialect.IdentityColumn}, Type TEXT NOT NULL, DocumentKey TEXT NULL, " +
            "Content TEXT NOT NULL, Version INTEGER NOT NULL)",
            $"CREATE UNIQUE INDEX IX_{Documents}_TypeKey ON {Documents} (Type, DocumentKey)",

            $"CREATE TABLE {ContentItemIndex} (DocumentId INTEGER NOT NULL PRIMARY KEY REFERENCES {Documents}(Id) ON DELETE CASCADE, " +
            "ContentItemId TEXT NOT NULL, ContentItemVersionId TEXT NOT NULL, ContentType TEXT NOT NULL, " +
            $"DisplayText TEXT NULL, {Flags}, ModifiedUtc TEXT NULL, PublishedUtc TEXT NULL, CreatedUtc TEXT NULL, " +
            "Owner TEXT NULL, Author TEXT NULL)",
            $"CREATE UNIQUE INDEX IX_{ContentItemIndex}_Version ON {ContentItemIndex} (ContentItemVersionId)",
            $"CREATE INDEX IX_{ContentItemIndex}_Item ON {ContentItemIndex} (ContentItemId, Latest, Published)",
            $"CREATE INDEX IX_{ContentItemIndex}_TypePublishedCreated ON {ContentItemIndex} (ContentType, Published, CreatedUtc, DocumentId)",
            $"CREATE INDEX IX_{ContentItemIndex}_TypeLatestCreated ON {ContentItemIndex} (ContentType, Latest, CreatedUtc, DocumentId)",
            $"CREATE INDEX IX_{ContentItemIndex}_TypeLatestModified ON {ContentItemIndex} (ContentType, Latest, ModifiedUtc, DocumentId)",
            $"CREATE INDEX IX_{ContentItemIndex}_LatestModified ON {ContentItemIndex} (Latest, ModifiedUtc, DocumentId)",
            $"CREATE INDEX IX_{ContentItemIndex}_PublishedModified ON {ContentItemIndex} (Published, ModifiedUtc, DocumentId)",
            $"CREATE INDEX IX_{ContentItemIndex}_TypeDisplayText ON {ContentItemIndex} (ContentType, DisplayText, DocumentId)",
            $"CREATE INDEX IX_{ContentItemIndex}_Owner ON {ContentItemIndex} (Owner, ContentType)",

            $"CREATE TABLE {AutoroutePartIndex} (DocumentId INTEGER NOT NULL REFERENCES {Documents}(Id) ON DELETE CASCADE, " +
            $"ContentItemId TEXT NOT NULL, Path TEXT NOT NULL, {Flags})",
            $"CREATE INDEX IX_{AutoroutePartIndex}_Path ON {AutoroutePartIndex} (Path, Published, Latest)",
            $"CREATE INDEX IX_{AutoroutePartIndex}_Document ON {AutoroutePartIndex} (DocumentId)",

            $"CREATE TABLE {AliasPartIndex} (DocumentId INTEGER NOT NULL REFERENCES {Documents}(Id) ON DELETE CASCADE, " +
            $"ContentItemId TEXT NOT NULL, Alias TEXT NOT NULL, {Flags})",
            $"CREATE INDEX IX_{AliasPartIndex}_Alias ON {AliasPartIndex} (Alias, Published, Latest)",
            $"CREATE INDEX IX_{AliasPartIndex}_Document ON {AliasPartIndex} (DocumentId)",

            $"CREATE TABLE {ContainedPartIndex} (DocumentId INTEGER NOT NULL REFERENCES {Documents}(Id) ON DELETE CASCADE, " +
            $"ContentItemId TEXT NOT NULL, ListContentItemId TEXT NOT NULL, ListContentType TEXT NULL, ItemOrder INTEGER NOT NULL, {Flags})",
            $"CREATE INDEX IX_{ContainedPartIndex}_List ON {ContainedPartIndex} (ListContentItemId, ItemOrder, DocumentId)",
            $"CREATE INDEX IX_{ContainedPartIndex}_Document ON {ContainedPartIndex} (DocumentId)",

            $"CREATE TABLE {TaxonomyIndex} (DocumentId INTEGER NOT NULL REFERENCES {Documents}(Id) ON DELETE CASCADE, " +
            "ContentItemId TEXT NOT NULL, ContentType TEXT NOT NULL, ContentPart TEXT NOT NULL, ContentField TEXT NOT NULL, " +
            $"TaxonomyContentItemId TEXT NOT NULL, TermContentItemId TEXT NOT NULL, {Flags})",
            $"CREATE INDEX IX_{TaxonomyIndex}_Term ON {TaxonomyIndex} (TermContentItemId, ContentType, DocumentId)",
            $"CREATE INDEX IX_{TaxonomyIndex}_Document ON {TaxonomyIndex} (DocumentId)",

            $"CREATE TABLE {ContentPickerFieldIndex} (DocumentId INTEGER NOT NULL REFERENCES {Documents}(Id) ON DELETE CASCADE, " +
            "ContentItemId TEXT NOT NULL, ContentType TEXT NOT NULL, ContentPart TEXT NOT NULL, ContentField TEXT NOT NULL, " +
            $"SelectedContentItemId TEXT NOT NULL, {Flags})",
            $"CREATE INDEX IX_{ContentPickerFieldIndex}_Selected ON {ContentPickerFieldIndex} (SelectedContentItemId, ContentType, DocumentId)",
            $"CREATE INDEX IX_{ContentPickerFieldIndex}_Document ON {ContentPickerFieldIndex} (DocumentId)",

            $"CREATE TABLE {UserIndex} (DocumentId INTEGER NOT NULL PRIMARY KEY REFERENCES {Documents}(Id) ON DELETE CASCADE, " +
            "UserId TEXT NOT NULL, NormalizedUserName TEXT NOT NULL, NormalizedEmail TEXT NULL)",
            $"CREATE UNIQUE INDEX IX_{UserIndex}_UserId ON {UserIndex} (UserId)",
            $"CREATE UNIQUE INDEX IX_{UserIndex}_UserName ON {UserIndex} (NormalizedUserName)",
            $"CREATE INDEX IX_{UserIndex}_Email ON {UserIndex} (NormalizedEmail)",

            $"CREATE TABLE {Locks} (Name TEXT NOT NULL PRIMARY KEY, Owner TEXT NOT NULL, ExpiresUtc TEXT NOT NULL)",
        };

        statements.Add(FieldTable(TextFieldIndex, "Text", "TEXT"));
        statements.Add(FieldTable(NumericFieldIndex, "Numeric", "REAL"));
        statements.Add(FieldTable(BooleanFieldIndex, "Boolean", "INTEGER"));
        statements.Add(FieldTable(DateFieldIndex, "Date", "TEXT"));
        statements.Add(FieldTable(DateTimeFieldIndex, "DateTime", "TEXT"));
        statements.Add(FieldTable(TimeFieldIndex, "Time", "TEXT"));
        foreach (var kind in FieldValueKinds)
        {
            var (table, column) = ForFieldValue(kind);
            statements.AddRange(FieldIndexes(table, column).Split("; "));
        }

        return [.. statements];
    }

    /// <summary>
    /// The store's version: bumped by every committed write session, so "has anything changed?" is one row read
    /// instead of a scan of the documents. It starts above zero so a stamp taken before this version never matches.
    /// </summary>
    private static string[] Version2() =>
    [
        $"CREATE TABLE {StoreVersion} (Id INTEGER NOT NULL PRIMARY KEY, Version INTEGER NOT NULL)",
        $"INSERT INTO {StoreVersion} (Id, Version) VALUES (1, 1)",
    ];

    /// <summary>
    /// Each item row carries its document's version, so a reader that already holds that version parsed (GraphQL's shared
    /// items) never touches the document row, whose version sits after the JSON on the row's overflow page. The type index
    /// that published lists walk in date order also carries the display text and that version: a title search
    /// (<c>displayText_contains</c>) is answered from the index alone. The latest-version index stays narrow: the admin's
    /// list counts every latest item on each page, and a wider index is a longer count.
    /// </summary>
    private static string[] Version3() =>
    [
        $"ALTER TABLE {ContentItemIndex} ADD COLUMN DocumentVersion INTEGER NOT NULL DEFAULT 0",
        $"UPDATE {ContentItemIndex} SET DocumentVersion = (SELECT d.Version FROM {Documents} d WHERE d.Id = {ContentItemIndex}.DocumentId)",
        $"DROP INDEX IX_{ContentItemIndex}_TypePublishedCreated",
        $"CREATE INDEX IX_{ContentItemIndex}_TypePublishedCreated ON {ContentItemIndex} " +
            "(ContentType, Published, CreatedUtc, DocumentId, DisplayText, DocumentVersion)",
    ];

    /// <summary>
    /// The content version: like the store's version, but moved only by commits that change what content readers can
    /// see (items, definitions, roles, settings), not by user documents (a sign-in writes its user). It starts at the
    /// store's version, so stamps taken before the upgrade stay valid exactly as long as they did.
    /// </summary>
    private static string[] Version4() =>
    [
        $"CREATE TABLE {ContentVersion} (Id INTEGER NOT NULL PRIMARY KEY, Version INTEGER NOT NULL)",
        $"INSERT INTO {ContentVersion} (Id, Version) SELECT 1, Version FROM {StoreVersion} WHERE Id = 1",
    ];

    /// <summary>The version the database is at, read without a transaction (0 for a new database).</summary>
    public static async Task<int> CurrentVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COALESCE(MAX(Version), 0) FROM {SchemaVersion}";
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (DbException)
        {
            // No version table yet: a new database.
            return 0;
        }
    }

    /// <summary>
    /// Indexes that let every status and field filter seek. A field's value index carries the version's flags after the
    /// value and document id: a count filtered by a value is read from the index alone, and the order of values (then
    /// document ids) that ordered pages walk is unchanged. ALL and DRAFT get partial indexes in creation order, small
    /// (DRAFT holds only drafts) and exact (ALL holds no old version), and covering (flags and document version), so their pages and counts no longer read every
    /// version of the type. Their conditions must be written as here for a planner to match them.
    /// </summary>
    private static string[] Version5()
    {
        var statements = new List<string>();
        foreach (var kind in FieldValueKinds)
        {
            var (table, column) = ForFieldValue(kind);
            statements.Add($"DROP INDEX IX_{table}_Value");
            statements.Add($"CREATE INDEX IX_{table}_Value ON {table} (ContentType, ContentPart, ContentField, {column}, DocumentId, Published, Latest)");
        }

        statements.Add($"CREATE INDEX IX_{ContentItemIndex}_TypeCurrentCreated ON {ContentItemIndex} (ContentType, CreatedUtc, DocumentId, Latest, Published, DocumentVersion) " +
            $"WHERE {StatusConditions.All}");
        statements.Add($"CREATE INDEX IX_{ContentItemIndex}_TypeDraftCreated ON {ContentItemIndex} (ContentType, CreatedUtc, DocumentId, Latest, Published, DocumentVersion) " +
            $"WHERE {StatusConditions.Draft}");
        return [.. statements];
    }

    /// <summary>
    /// Scheduled publishing (PublishLaterPart) and archiving (ArchiveLaterPart): one row per published or latest version that
    /// carries a time, so the scheduler's "what is due?" is one index seek by action and time. Like every version after 5,
    /// written to run again over itself (IF NOT EXISTS), so a store taken back to an older version migrates again.
    /// </summary>
    private static string[] ScheduledPublishing() =>
    [
        $"CREATE TABLE IF NOT EXISTS {ContentScheduleIndex} (DocumentId INTEGER NOT NULL REFERENCES {Documents}(Id) ON DELETE CASCADE, " +
            $"ContentItemId TEXT NOT NULL, ContentType TEXT NOT NULL, Action TEXT NOT NULL, ScheduledUtc TEXT NOT NULL, {Flags})",
        $"CREATE INDEX IF NOT EXISTS IX_{ContentScheduleIndex}_Due ON {ContentScheduleIndex} (Action, ScheduledUtc, Published, Latest, ContentItemId)",
        $"CREATE INDEX IF NOT EXISTS IX_{ContentScheduleIndex}_Document ON {ContentScheduleIndex} (DocumentId)",
        $"CREATE INDEX IF NOT EXISTS IX_{ContentScheduleIndex}_Item ON {ContentScheduleIndex} (ContentItemId)",
    ];

    /// <summary>
    /// The webhook outbox, which is also the delivery log: rows are inserted in the transaction of the change they report,
    /// found by status and due time, and listed per webhook newest first.
    /// </summary>
    private static string[] Webhooks(ISqlDialect dialect) =>
    [
        $"CREATE TABLE IF NOT EXISTS {WebhookDeliveries} (Id {dialect.IdentityColumn}, DeliveryId TEXT NOT NULL, WebhookName TEXT NOT NULL, " +
            "Event TEXT NOT NULL, ContentType TEXT NOT NULL, ContentItemId TEXT NOT NULL, ContentItemVersionId TEXT NOT NULL, " +
            "OccurredUtc TEXT NOT NULL, Status TEXT NOT NULL, Attempts INTEGER NOT NULL, NextAttemptUtc TEXT NOT NULL, " +
            "RetryFromUtc TEXT NOT NULL, LastAttemptUtc TEXT NULL, ResponseCode INTEGER NULL, Error TEXT NULL)",
        $"CREATE INDEX IF NOT EXISTS IX_{WebhookDeliveries}_Due ON {WebhookDeliveries} (Status, NextAttemptUtc, Id)",
        $"CREATE INDEX IF NOT EXISTS IX_{WebhookDeliveries}_Webhook ON {WebhookDeliveries} (WebhookName, Id)",
    ];

    /// <summary>
    /// The localized item index (Orchard's LocalizedContentItemIndex): one row per live version with a culture. A culture
    /// with fallback asks, per item, whether its set has a version in a preferred culture: the set-and-culture index
    /// answers that with one seek; the document index finds an item's row. Written to run again over itself (IF NOT EXISTS,
    /// the same on SQLite and PostgreSQL), so a store taken back to an older version by a test or a restore migrates again.
    /// </summary>
    private static string[] LocalizationIndexes() =>
    [
        $"CREATE TABLE IF NOT EXISTS {LocalizedContentItemIndex} (DocumentId INTEGER NOT NULL REFERENCES {Documents}(Id) ON DELETE CASCADE, " +
        $"ContentItemId TEXT NOT NULL, LocalizationSet TEXT NOT NULL, Culture TEXT NOT NULL, {Flags})",
        $"CREATE INDEX IF NOT EXISTS IX_{LocalizedContentItemIndex}_SetCulture ON {LocalizedContentItemIndex} (LocalizationSet, Culture, Published, Latest)",
        $"CREATE INDEX IF NOT EXISTS IX_{LocalizedContentItemIndex}_Document ON {LocalizedContentItemIndex} (DocumentId, Culture, LocalizationSet)",
        $"CREATE INDEX IF NOT EXISTS IX_{LocalizedContentItemIndex}_Culture ON {LocalizedContentItemIndex} (Culture, Published, Latest)",
    ];

    /// Full-text search: the engine's tables (none on a provider without an engine yet). Their words come from the
    /// definitions (which fields are text, HTML, Markdown), which SQL cannot read, so a store that already holds content
    /// is marked for a rebuild instead, done at the next start or by <c>cms search rebuild</c>. Runs again over itself, like
    /// the versions before it.
    /// </summary>
    private static string[] SearchIndexes(ISqlDialect dialect) => ContentSearchIndexes.Find(dialect) is { } search
        ?
        [
            .. search.CreateStatements,
            $"INSERT INTO {Documents} (Type, DocumentKey, Content, Version) SELECT '{DocumentTypes.SearchRebuild}', 'pending', '{{}}', 1 " +
                $"WHERE EXISTS (SELECT 1 FROM {ContentItemIndex}) " +
                $"AND NOT EXISTS (SELECT 1 FROM {Documents} WHERE Type = '{DocumentTypes.SearchRebuild}')",
        ]
        : [];

    /// <summary>Brings the database to the latest version; returns the version it was at.</summary>
    public static async Task<int> ApplyAsync(ISqlDialect dialect, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken);
        // Another node may be migrating this very moment: wait for it, then read the version it left.
        await dialect.AcquireMigrationLockAsync(connection, transaction, cancellationToken);
        await Execute(connection, transaction, dialect.SchemaStatement($"CREATE TABLE IF NOT EXISTS {SchemaVersion} (Version INTEGER NOT NULL)"), cancellationToken);
        var current = Convert.ToInt32(await Scalar(connection, transaction, $"SELECT COALESCE(MAX(Version), 0) FROM {SchemaVersion}", cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
        var versions = Versions(dialect);
        for (var version = current + 1; version <= versions.Count; version++)
        {
            foreach (var statement in versions[version - 1])
            {
                await Execute(connection, transaction, dialect.SchemaStatement(statement), cancellationToken);
            }

            await Execute(connection, transaction, $"INSERT INTO {SchemaVersion} (Version) VALUES ({version})", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return current;
    }

    private static async Task Execute(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> Scalar(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
