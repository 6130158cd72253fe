using Casus.Core.Actors;

namespace Casus.Core.Tests.Actors;

public sealed class ActorIdTests
{
    [Fact]
    public void Ids_built_from_separate_strings_with_the_same_text_are_one_actor()
    {
        // Different string instances, as a database reader or a parsed request produces them.
        var fromStore = new ActorId(new string(['I', 'R', 'N']));
        var fromUser = new ActorId(" IRN ");
        Assert.Equal(fromStore, fromUser);
        Assert.Equal(fromStore.GetHashCode(), fromUser.GetHashCode());
        Assert.Single(new HashSet<ActorId> { fromStore, fromUser });
        Assert.Equal("IRN", fromUser.Value);
    }

    [Fact]
    public void Ids_with_different_text_are_different_actors()
    {
        Assert.NotEqual(new ActorId("N00017"), new ActorId("N00018"));
        Assert.NotEqual(new ActorId("irn"), new ActorId("IRN")); // ids are case-sensitive slugs and codes
        Assert.NotEqual(default, new ActorId("IRN"));
    }

    [Fact]
    public void An_empty_id_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ActorId("  "));
    }
}
