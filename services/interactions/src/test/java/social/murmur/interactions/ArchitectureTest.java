package social.murmur.interactions;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package boundaries: adapters (web, grpc, messaging) are used by nobody and
 * not by each other; only {@code remote} calls other services; only {@code cache} touches
 * Redis, and it knows nothing of favourites.
 */
@AnalyzeClasses(packages = "social.murmur.interactions", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String ROOT = "social.murmur.interactions";

	@ArchTest
	static final ArchRule packagesAreFreeOfCycles = slices().matching(ROOT + ".(**)").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule webAdaptersAreUsedByNoOtherPackage = noClasses().that()
		.resideOutsideOfPackage(ROOT + "..web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(ROOT + "..web..");

	@ArchTest
	static final ArchRule grpcAdaptersAreUsedByNoOtherPackage = noClasses().that()
		.resideOutsideOfPackage(ROOT + "..grpc..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(ROOT + "..grpc..");

	@ArchTest
	static final ArchRule messagingAdaptersAreUsedByNoOtherPackage = noClasses().that()
		.resideOutsideOfPackage(ROOT + "..messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(ROOT + "..messaging..");

	@ArchTest
	static final ArchRule adaptersDoNotCallOtherServicesThemselves = noClasses().that()
		.resideInAnyPackage(ROOT + "..web..", ROOT + "..grpc..", ROOT + "..messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(ROOT + ".remote..");

	@ArchTest
	static final ArchRule onlyAdaptersSpeakHttpOrKafka = noClasses().that()
		.resideOutsideOfPackages(ROOT + "..web..", ROOT + "..messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.springframework.kafka..");

	@ArchTest
	static final ArchRule onlyRemoteClientsCallOtherServices = noClasses().that()
		.resideOutsideOfPackages(ROOT + ".remote..", ROOT + "..grpc..")
		.should()
		.dependOnClassesThat()
		.haveSimpleNameEndingWith("Grpc");

	@ArchTest
	static final ArchRule onlyTheCacheTouchesRedis = noClasses().that()
		.resideOutsideOfPackage(ROOT + ".cache..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.data.redis..", "io.lettuce..");

	@ArchTest
	static final ArchRule theCacheKnowsNothingOfFavourites = noClasses().that()
		.resideInAPackage(ROOT + ".cache..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + ".favourite..", ROOT + ".remote..");

	@ArchTest
	static final ArchRule remoteClientsKnowNothingOfFavourites = noClasses().that()
		.resideInAPackage(ROOT + ".remote..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + ".favourite..", ROOT + ".cache..");

}
