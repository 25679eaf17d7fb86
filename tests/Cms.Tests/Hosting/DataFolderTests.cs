using Cms.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Cms.Tests.Hosting;

/// <summary>
/// A data folder that cannot be written stops the server with one line. Tests run as root, which ignores
/// permission bits, so the unwritable folder is a path under a regular file: nobody can create it.
/// </summary>
public sealed class DataFolderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cms-datafolder-tests", Guid.NewGuid().ToString("n"));

    public DataFolderTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Blocker, "not a folder");
    }

    private string Blocker => Path.Combine(_folder, "blocker");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TryAddCms_DataPathUnderAFile_NamesTheSettingAndTheFileAndFails()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [$"--Cms:DataPath={Blocker}/data"] });
        using var errors = new StringWriter();

        var added = builder.TryAddCms(errors);

        // The configuration check finds the file in the way before the data folder is probed.
        Assert.False(added);
        Assert.Contains($"Cms:DataPath: '{Blocker}' is a file", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryAddCms_DatabasePathIsAFolder_WritesOneLineNamingItAndFails()
    {
        var data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(Path.Combine(data, "cms.db"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [$"--Cms:DataPath={data}"] });
        using var errors = new StringWriter();

        var added = builder.TryAddCms(errors);

        Assert.False(added);
        var line = Assert.Single(errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"'{Path.Combine(data, "cms.db")}' is a folder", line, StringComparison.Ordinal);
    }

    [Fact]
    public void New_WritableFolder_LeavesNoProbeFileBehind()
    {
        var folder = new DataFolder(Path.Combine(_folder, "data"));

        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }
}
