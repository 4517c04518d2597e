using FollowUp.Orchestrations.Voice;

namespace FollowUp.Orchestrations.Storage;

/// <summary>
/// Recorded voice feedback, kept privately per interview. Only the app reads it back (the listening
/// page streams it), so an adapter never hands out a public address for a recording.
/// </summary>
public interface IVoiceRecordings
{
    /// <summary>Stores <paramref name="audio"/> under the recording's interview and id; an id is never reused.</summary>
    Task SaveAsync(VoiceRecording recording, Stream audio, CancellationToken cancellationToken);

    Task<VoiceRecording?> FindAsync(string interviewId, string recordingId, CancellationToken cancellationToken);

    /// <summary>
    /// The bytes <paramref name="range"/> names (the whole recording when null), or null when the
    /// recording is gone. The caller disposes the stream.
    /// </summary>
    Task<VoiceAudio?> OpenAsync(string interviewId, string recordingId, ByteRange? range, CancellationToken cancellationToken);

    /// <summary>Removes every recording of the interview; answers how many were removed. Safe to repeat.</summary>
    Task<int> DeleteAllAsync(string interviewId, CancellationToken cancellationToken);
}
