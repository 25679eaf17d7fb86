using System.Text.Json;
using Cms.Core.Security;

namespace Cms.Tests.Security;

public sealed class UserRecordTests
{
    [Fact]
    public void Serialize_Always_UsesUsersRecipeNames()
    {
        var json = JsonSerializer.SerializeToNode(new UserRecord())!.AsObject();

        Assert.Equal(
            ["UserId", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "PasswordHash", "EmailConfirmed", "IsEnabled",
                "IsLockoutEnabled", "AccessFailedCount", "LockoutEndUtc", "SecurityStamp", "RoleNames"],
            json.Select(p => p.Key));
        Assert.True(json["IsEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public void Deserialize_UsersRecipeEntry_ReadsEveryValue()
    {
        var user = JsonSerializer.Deserialize<UserRecord>("""
            { "UserId": "4h9tq0e1y2x3w4v5u6t7s8r9qa", "UserName": "alice", "NormalizedUserName": "ALICE",
              "Email": "alice@example.org", "NormalizedEmail": "ALICE@EXAMPLE.ORG", "PasswordHash": "AQAAAA",
              "EmailConfirmed": true, "IsEnabled": false, "IsLockoutEnabled": true, "AccessFailedCount": 2,
              "SecurityStamp": "S", "RoleNames": ["Editor"], "PhoneNumber": "ignored" }
            """)!;

        Assert.Equal("alice", user.UserName);
        Assert.Equal("ALICE@EXAMPLE.ORG", user.NormalizedEmail);
        Assert.False(user.IsEnabled);
        Assert.Equal(2, user.AccessFailedCount);
        Assert.Equal(["Editor"], user.RoleNames);
    }

    [Fact]
    public void NormalizeKey_MixedCase_IsUpperInvariant()
    {
        Assert.Equal("ALICE@EXAMPLE.ORG", UserRecord.NormalizeKey("Alice@Example.org"));
    }
}
