namespace Cms.Core.Storage;

/// <summary>
/// What registering trusted queries did: how many entries were new, how many were stored already with the same text,
/// and the indexes of entries whose key holds another text (then nothing was stored).
/// </summary>
public sealed record TrustedQueryRegistration(int Registered, int Unchanged, IReadOnlyList<int> Conflicts);
