using System.Globalization;
using System.Text.Json;

namespace Cms.Core.Storage;

/// <summary>
/// Who runs a long write (a recipe, an import, setup, a migration): the process (<c>server</c> or the verb, such as
/// <c>cms recipe run</c>), what it does, its pid, machine and start time. Stored as the <c>Locks</c> row's owner so a
/// writer that waited in vain can say who held the store.
/// </summary>
public sealed record WriteLockHolder(string Process, string Activity, int ProcessId, string MachineName, DateTimeOffset StartedUtc)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>The holder a row describes, or null when the row is not one of ours.</summary>
    public static WriteLockHolder? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<WriteLockHolder>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>False when the process is known to have ended: it ran on this machine and its pid is gone.</summary>
    public bool MayStillRun()
    {
        if (!string.Equals(MachineName, Environment.MachineName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(ProcessId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public string Describe(DateTimeOffset now)
    {
        var running = now - StartedUtc;
        var age = running.TotalMinutes >= 1 ? $"{(int)running.TotalMinutes} min {running.Seconds} s" : $"{Math.Max(0, (int)running.TotalSeconds)} s";
        return $"'{Process}' running {Activity} (pid {ProcessId} on {MachineName}, started " +
            $"{StartedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC, {age} ago)";
    }

    /// <summary>This process, starting <paramref name="activity"/> now.</summary>
    public static WriteLockHolder Current(string process, string activity, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new WriteLockHolder(process, activity, Environment.ProcessId, Environment.MachineName, clock.GetUtcNow());
    }
}
