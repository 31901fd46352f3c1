using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Arrival.Infrastructure;

namespace NomadPlatform.UnitTests.Fingerprints;

public sealed class CommittedSequenceTests
{
    readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

    CommittedSequence Read(CommittedSequence sequence, params long[] numbers)
    {
        foreach (var number in numbers) sequence.Take(number);
        sequence.Advance();
        return sequence;
    }

    [Fact]
    public void Numbers_in_order_move_the_mark_and_are_not_taken_twice()
    {
        var sequence = Read(new CommittedSequence(clock), 1, 2, 3);

        Assert.Equal(3, sequence.Contiguous);
        Assert.Empty(sequence.TakenAbove);
        Assert.False(sequence.Take(2));
        Assert.True(sequence.Take(4));
    }

    [Fact]
    public void A_number_committed_late_is_waited_for_and_taken_when_it_comes()
    {
        var sequence = Read(new CommittedSequence(clock), 1, 3, 4);
        Assert.Equal(1, sequence.Contiguous);
        Assert.Equal([3L, 4L], sequence.TakenAbove);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(sequence.Take(2));
        sequence.Advance();

        Assert.Equal(4, sequence.Contiguous);
        Assert.Empty(sequence.TakenAbove);
    }

    [Fact]
    public void A_hole_left_by_a_rollback_is_passed_over_once_it_has_waited()
    {
        var sequence = Read(new CommittedSequence(clock), 1, 4);
        clock.Advance(CommittedSequence.HoleWait - TimeSpan.FromSeconds(1));
        sequence.Advance();
        Assert.Equal(1, sequence.Contiguous);

        clock.Advance(TimeSpan.FromSeconds(1));
        sequence.Advance();

        Assert.Equal(4, sequence.Contiguous);
        Assert.False(sequence.Take(3));
    }

    [Fact]
    public void A_new_hole_waits_its_own_time_after_an_earlier_one_is_filled()
    {
        var sequence = Read(new CommittedSequence(clock), 1, 3);
        clock.Advance(CommittedSequence.HoleWait - TimeSpan.FromMinutes(1));
        Read(sequence, 2, 5);
        Assert.Equal(3, sequence.Contiguous);

        clock.Advance(TimeSpan.FromMinutes(2));
        sequence.Advance();

        Assert.Equal(3, sequence.Contiguous);
        Assert.True(sequence.Take(4));
    }
}
