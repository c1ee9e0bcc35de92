package social.murmur.feed;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "social.murmur.feed", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule packagesAreFreeOfCycles = slices().matching("social.murmur.feed.(**)")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule webAdaptersAreUsedByNoOtherPackage = noClasses().that()
		.resideOutsideOfPackage("social.murmur.feed..web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("social.murmur.feed..web..");

	@ArchTest
	static final ArchRule messagingAdaptersAreUsedByNoOtherPackage = noClasses().that()
		.resideOutsideOfPackage("social.murmur.feed..messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("social.murmur.feed..messaging..");

	@ArchTest
	static final ArchRule timelinesDoNotKnowAboutFanOut = noClasses().that()
		.resideInAPackage("social.murmur.feed.timeline..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("social.murmur.feed.fanout..");

	@ArchTest
	static final ArchRule theCacheKnowsNothingOfTimelines = noClasses().that()
		.resideInAPackage("social.murmur.feed.cache..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("social.murmur.feed.timeline..", "social.murmur.feed.fanout..");

	@ArchTest
	static final ArchRule sourcesKnowNothingOfTheFeed = noClasses().that()
		.resideInAPackage("social.murmur.feed.source..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("social.murmur.feed.timeline..", "social.murmur.feed.fanout..",
				"social.murmur.feed.cache..");

	@ArchTest
	static final ArchRule streamingKnowsNothingOfFanOutOrTimelines = noClasses().that()
		.resideInAPackage("social.murmur.feed.streaming..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("social.murmur.feed.fanout..", "social.murmur.feed.timeline..");

	@ArchTest
	static final ArchRule onlyAdaptersSpeakHttpOrKafka = noClasses().that()
		.resideOutsideOfPackages("social.murmur.feed..web..", "social.murmur.feed..messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.springframework.kafka..");

	@ArchTest
	static final ArchRule onlySourcesCallOtherServices = noClasses().that()
		.resideOutsideOfPackage("social.murmur.feed.source..")
		.should()
		.dependOnClassesThat()
		.haveSimpleNameEndingWith("Grpc");

	@ArchTest
	static final ArchRule onlyTheStoresStreamingAndTheirPipelinesTouchRedis = noClasses().that()
		.resideOutsideOfPackages("social.murmur.feed.timeline", "social.murmur.feed.cache",
				"social.murmur.feed.streaming", "social.murmur.feed.redis")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.data.redis..", "io.lettuce..");

}
