// One platform and one browser for the whole run: two at once would only fight over two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
