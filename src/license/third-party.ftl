<#-- The libraries bundled with Penholder, one a line, read by the About box (BundledLibraries):
     name, groupId:artifactId, version, licences (joined by " | "), home page; tab-separated. -->
<#list dependencyMap as e>
<#assign p = e.getKey()/>
${(p.name?index_of('Unnamed') > -1)?then(p.artifactId, p.name)?replace('\t', ' ')}	${p.groupId}:${p.artifactId}	${p.version}	${e.getValue()?join(' | ')}	${p.url!""}
</#list>
