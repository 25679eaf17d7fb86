using Cms.Core.ContentModel;

namespace Cms.Tests.ContentModel;

public sealed class IdGeneratorTests
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    [Fact]
    public void NewId_Always_Is26CharactersOfAlphabet()
    {
        for (var i = 0; i < 200; i++)
        {
            var id = IdGenerator.NewId();

            Assert.Equal(26, id.Length);
            Assert.All(id, c => Assert.Contains(c, Alphabet));
        }
    }

    [Fact]
    public void NewId_ManyCalls_AreUnique()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => IdGenerator.NewId()).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(10_000, ids.Count);
    }

    [Fact]
    public void FromGuid_SameGuid_SameId()
    {
        var guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        Assert.Equal(IdGenerator.FromGuid(guid), IdGenerator.FromGuid(guid));
    }

    [Fact]
    public void FromGuid_EmptyGuid_IsZeros() =>
        Assert.Equal(new string('0', 26), IdGenerator.FromGuid(Guid.Empty));
}
