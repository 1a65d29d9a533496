#include "reference/libpod/image_reference.h"

#include <gtest/gtest.h>

namespace specconf::ref::libpod {
namespace {

bool parses(const char* s) {
  DockerReference r;
  return parse_docker_reference(s, r);
}

TEST(DockerReference, SplitsDomainPathTagAndDigest) {
  DockerReference r;
  ASSERT_TRUE(parse_docker_reference("localhost:5000/a/b:v1", r));
  EXPECT_EQ(r.domain, "localhost:5000");
  EXPECT_EQ(r.path, "a/b");
  EXPECT_EQ(r.tag, "v1");
  ASSERT_TRUE(parse_docker_reference("busybox", r));
  EXPECT_EQ(r.domain, "");
  EXPECT_EQ(r.path, "busybox");
  ASSERT_TRUE(parse_docker_reference("a/b", r));
  EXPECT_EQ(r.domain, "a");  // the first component is a domain when it can be one
  const std::string digest = "sha256:" + std::string(64, 'a');
  ASSERT_TRUE(parse_docker_reference(("x@" + digest).c_str(), r));
  EXPECT_EQ(r.digest, digest);
}

TEST(DockerReference, PathComponentSeparators) {
  EXPECT_TRUE(parses("a.b"));
  EXPECT_TRUE(parses("a_b"));
  EXPECT_TRUE(parses("a__b"));
  EXPECT_TRUE(parses("a---b"));
  EXPECT_FALSE(parses("a..b"));
  EXPECT_FALSE(parses("a___b"));
  EXPECT_FALSE(parses("a-_b"));
  EXPECT_FALSE(parses("-a"));
  EXPECT_FALSE(parses("a-"));
  EXPECT_FALSE(parses("A"));
  EXPECT_TRUE(parses("Registry.Example/a"));  // domains may have capitals, paths may not
  EXPECT_FALSE(parses(""));
  EXPECT_FALSE(parses("a//b"));
}

TEST(DockerReference, TagAndDigestRules) {
  EXPECT_TRUE(parses(("a:" + std::string(128, 't')).c_str()));
  EXPECT_FALSE(parses(("a:" + std::string(129, 't')).c_str()));
  EXPECT_FALSE(parses("a:-t"));
  EXPECT_FALSE(parses("a:b:c"));
  EXPECT_FALSE(parses(("a@sha256:" + std::string(63, 'a')).c_str()));
  EXPECT_FALSE(parses(("a@sha256:" + std::string(64, 'A')).c_str()));
  EXPECT_FALSE(parses(("a@md5:" + std::string(32, 'a')).c_str()));
  EXPECT_TRUE(parses(("a@sha512:" + std::string(128, '0')).c_str()));
  EXPECT_FALSE(parses(std::string(256, 'a').c_str()));
}

TEST(ShortName, NoRegistryDomain) {
  EXPECT_TRUE(is_short_name("busybox"));
  EXPECT_TRUE(is_short_name("library/busybox:1"));
  EXPECT_FALSE(is_short_name("quay.io/busybox"));
  EXPECT_FALSE(is_short_name("localhost/busybox"));
  EXPECT_FALSE(is_short_name("host:5000/busybox"));
  EXPECT_FALSE(is_short_name("Not Valid"));
  EXPECT_TRUE(is_short_name("docker:latest"));  // a name "docker" with tag "latest"
}

TEST(ParseImageName, DockerNeedsSlashesAndNormalizes) {
  EXPECT_TRUE(parse_image_name("docker://busybox").ok);
  EXPECT_EQ(parse_image_name("docker://busybox").transport, "docker");
  EXPECT_FALSE(parse_image_name("docker:busybox").ok);
  EXPECT_FALSE(parse_image_name("docker://Busybox").ok);
  EXPECT_FALSE(parse_image_name(("docker://" + std::string(64, 'a')).c_str()).ok);
  EXPECT_FALSE(parse_image_name(("docker://a:1@sha256:" + std::string(64, 'a')).c_str()).ok);
}

TEST(ParseImageName, DockerArchivePathWithOptionalTagOrIndex) {
  EXPECT_EQ(parse_image_name("docker-archive:/x.tar").transport, "docker-archive");
  EXPECT_TRUE(parse_image_name("docker-archive:/x.tar:busybox:1").ok);
  EXPECT_TRUE(parse_image_name("docker-archive:/x.tar:@0").ok);
  EXPECT_FALSE(parse_image_name("docker-archive:/x.tar:@-1").ok);
  EXPECT_FALSE(parse_image_name("docker-archive:/x.tar:@x").ok);
  EXPECT_FALSE(parse_image_name("docker-archive:").ok);
}

TEST(ParseImageName, UnknownTransportOrNoColonFails) {
  EXPECT_FALSE(parse_image_name("busybox").ok);
  EXPECT_FALSE(parse_image_name("quay.io/a:1").ok);
  EXPECT_EQ(parse_image_name("oci:/srv/layout").transport, "oci");
}

}  // namespace
}  // namespace specconf::ref::libpod
