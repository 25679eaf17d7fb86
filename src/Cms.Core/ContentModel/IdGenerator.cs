namespace Cms.Core.ContentModel;

/// <summary>
/// Orchard Core's 26-character ids: a new Guid read as two little-endian 64-bit integers,
/// each written as 13 base-32 digits (5-bit groups from bit 60 down).
/// </summary>
public static class IdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string NewId() => FromGuid(Guid.NewGuid());

    public static string FromGuid(Guid value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes);
        Span<char> chars = stackalloc char[26];
        Encode(BitConverter.ToInt64(bytes[..8]), chars[..13]);
        Encode(BitConverter.ToInt64(bytes[8..]), chars[13..]);
        return new string(chars);
    }

    private static void Encode(long value, Span<char> destination)
    {
        for (var i = 0; i < 13; i++)
        {
            // Arithmetic shift: the first group carries the sign bit, as Orchard's generator does.
            destination[i] = Alphabet[(int)((value >> (60 - (5 * i))) & 31)];
        }
    }
}
