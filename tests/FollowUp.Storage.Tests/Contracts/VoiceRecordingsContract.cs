using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Voice;
using FollowUp.Storage.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.Storage.Tests.Contracts;

/// <summary>What every <see cref="IVoiceRecordings"/> must do, checked against each implementation.</summary>
public abstract class VoiceRecordingsContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Audio = [0x1A, 0x45, 0xDF, 0xA3, .. Enumerable.Range(0, 1000).Select(i => (byte)(i % 251))];

    protected abstract Stores Stores { get; }

    private IVoiceRecordings Voice => Stores.Voice;

    [Fact]
    public async Task A_saved_recording_is_found_with_its_type_length_and_duration()
    {
        await SaveAsync("interview-1", "rec1");

        var found = await Voice.FindAsync("interview-1", "rec1", None);

        Assert.NotNull(found);
        Assert.Equal(VoiceFormats.WebM, found.ContentType);
        Assert.Equal(Audio.Length, found.Length);
        Assert.Equal(42, found.DurationSeconds);
        Assert.Equal(Now, found.RecordedAt);
    }

    [Fact]
    public async Task A_recording_of_another_interview_is_not_found()
    {
        await SaveAsync("interview-1", "rec1");

        Assert.Null(await Voice.FindAsync("interview-2", "rec1", None));
        Assert.Null(await Voice.OpenAsync("interview-2", "rec1", null, None));
    }

    [Fact]
    public async Task Opened_whole_a_recording_gives_back_its_bytes()
    {
        await SaveAsync("interview-1", "rec1");

        await using var audio = await Voice.OpenAsync("interview-1", "rec1", null, None);

        Assert.NotNull(audio);
        Assert.Equal(Audio, await ReadAsync(audio.Content));
        Assert.Equal(Audio.Length, audio.TotalLength);
        Assert.Equal(VoiceFormats.WebM, audio.ContentType);
    }

    [Fact]
    public async Task Opened_by_range_a_recording_gives_back_those_bytes_and_its_whole_size()
    {
        await SaveAsync("interview-1", "rec1");

        await using var audio = await Voice.OpenAsync("interview-1", "rec1", new ByteRange(100, 50), None);

        Assert.NotNull(audio);
        Assert.Equal(Audio[100..150], await ReadAsync(audio.Content));
        Assert.Equal(100, audio.Offset);
        Assert.Equal(50, audio.Length);
        Assert.Equal(Audio.Length, audio.TotalLength);
    }

    [Fact]
    public async Task Deleting_an_interviews_recordings_removes_them_all_and_no_other()
    {
        await SaveAsync("interview-1", "rec1");
        await SaveAsync("interview-1", "rec2");
        await SaveAsync("interview-10", "rec3");

        var removed = await Voice.DeleteAllAsync("interview-1", None);
        var again = await Voice.DeleteAllAsync("interview-1", None);

        Assert.Equal(2, removed);
        Assert.Equal(0, again);
        Assert.Null(await Voice.FindAsync("interview-1", "rec1", None));
        Assert.NotNull(await Voice.FindAsync("interview-10", "rec3", None));
    }

    [Fact]
    public async Task A_recording_id_is_never_written_twice()
    {
        await SaveAsync("interview-1", "rec1");

        await Assert.ThrowsAnyAsync<Exception>(() => SaveAsync("interview-1", "rec1"));
    }

    private static async Task<byte[]> ReadAsync(Stream content)
    {
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }

    private Task SaveAsync(string interviewId, string recordingId) =>
        Voice.SaveAsync(new VoiceRecording(interviewId, recordingId, VoiceFormats.WebM, Audio.Length, Now, 42), new MemoryStream(Audio), None);
}

public sealed class InMemoryVoiceRecordingsTests : VoiceRecordingsContract
{
    protected override Stores Stores { get; } = Stores.InMemory();
}

[Collection(AzuriteTests.Name)]
public sealed class BlobVoiceRecordingsTests(AzuriteServer azurite) : VoiceRecordingsContract
{
    protected override Stores Stores { get; } = Stores.Tables(azurite);
}
