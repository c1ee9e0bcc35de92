package social.murmur.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the gateway's packages what their package-info says they are. */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("social.murmur.gateway");

	@Test
	void featuresDoNotDependOnEachOther() {
		slices().matching("social.murmur.gateway.(*)..")
			.should()
			.notDependOnEachOther()
			.ignoreDependency(alwaysTrue(),
					resideInAnyPackage("social.murmur.gateway.support..", "social.murmur.gateway.network.."))
			.check(CLASSES);
	}

	@Test
	void sharedPackagesDoNotReachIntoFeatures() {
		noClasses().that()
			.resideInAnyPackage("social.murmur.gateway.support..", "social.murmur.gateway.network..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("social.murmur.gateway.routing..", "social.murmur.gateway.identity..",
					"social.murmur.gateway.ratelimit..", "social.murmur.gateway.cors..",
					"social.murmur.gateway.assets..", "social.murmur.gateway.webclient..",
					"social.murmur.gateway.streaming..")
			.check(CLASSES);
	}

	@Test
	void onlyIdentityTalksToAuthAndSignsIdentities() {
		noClasses().that()
			.resideOutsideOfPackage("social.murmur.gateway.identity..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.grpc..", "social.murmur.contracts.auth..", "social.murmur.platform.identity..")
			.check(CLASSES);
	}

	@Test
	void onlyRoutingUsesSpringCloudGateway() {
		noClasses().that()
			.resideOutsideOfPackage("social.murmur.gateway.routing..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.cloud.gateway..")
			.check(CLASSES);
	}

}
