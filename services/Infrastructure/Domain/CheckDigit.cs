namespace NomadPlatform.Infrastructure.Domain;

/// <summary>The check digit shared by IINs and BINs: weights 1..11 mod 11; on 10, weights 3..11,1,2; on 10 again, none exists.</summary>
static class CheckDigit
{
    static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    public static int? Of(ReadOnlySpan<char> first11)
    {
        var check = WeightedSum(first11, FirstWeights) % 11;
        if (check == 10) check = WeightedSum(first11, SecondWeights) % 11;
        return check == 10 ? null : check;
    }

    static int WeightedSum(ReadOnlySpan<char> digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < 11; i++) sum += (digits[i] - '0') * weights[i];
        return sum;
    }
}
